package dev.katib.archive.storage;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/** Files in a folder of the local disk: the default, for the all-in-one shape. */
class FilesystemStorage implements FileStorage {

	private final Path root;

	FilesystemStorage(Path root) {
		this.root = root.toAbsolutePath().normalize();
	}

	@Override
	public String name() {
		return "filesystem";
	}

	@Override
	public String put(String key, byte[] content, String contentType) {
		Path target = resolve(key);
		try {
			Files.createDirectories(target.getParent());
			Path partial = Files.createTempFile(target.getParent(), ".incoming-", ".part");
			Files.write(partial, content);
			try {
				Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE);
			}
			catch (AtomicMoveNotSupportedException ex) {
				Files.move(partial, target);
			}
			return key;
		}
		catch (IOException ex) {
			throw new StorageUnavailableException("The file could not be written to the archive folder.", ex);
		}
	}

	@Override
	public byte[] get(String location) {
		try {
			return Files.readAllBytes(resolve(location));
		}
		catch (IOException ex) {
			throw new StorageUnavailableException("The file could not be read from the archive folder.", ex);
		}
	}

	@Override
	public void delete(String location) {
		try {
			Files.deleteIfExists(resolve(location));
		}
		catch (IOException ex) {
			throw new StorageUnavailableException("The file could not be removed from the archive folder.", ex);
		}
	}

	private Path resolve(String key) {
		Path path = root.resolve(key).normalize();
		if (!path.startsWith(root)) {
			throw new IllegalArgumentException("Storage key leaves the archive folder: " + key);
		}
		return path;
	}
}
