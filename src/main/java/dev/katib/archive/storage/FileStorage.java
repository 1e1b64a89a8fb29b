package dev.katib.archive.storage;

/**
 * Where the bytes of stored files live. Keys are made by the archive from ids, never from names a
 * user chose.
 */
public interface FileStorage {

	/** The backend's name, recorded with every file it holds. */
	String name();

	/** Writes the bytes under the key, replacing nothing that exists; returns the location to read them from. */
	String put(String key, byte[] content, String contentType);

	byte[] get(String location);

	/**
	 * Removes the bytes at a location this storage returned from {@link #put}, when what they were written
	 * for did not happen; removing what is not there is no error.
	 */
	void delete(String location);
}
