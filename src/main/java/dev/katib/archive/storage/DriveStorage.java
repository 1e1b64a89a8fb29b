package dev.katib.archive.storage;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import com.google.api.client.http.ByteArrayContent;
import com.google.api.services.drive.Drive;
import com.google.api.services.drive.model.File;

/**
 * Files in Google Drive, in one folder per organisation under a root folder shared with Katib's
 * service account. Katib never adds a permission to a file: nothing it stores is shared by link.
 */
class DriveStorage implements FileStorage {

	static final String FOLDER = "application/vnd.google-apps.folder";
	private static final int DIRECT_UPLOAD_LIMIT = 5 * 1024 * 1024;

	private final Drive drive;
	private final String rootFolderId;
	private final Map<String, String> folders = new ConcurrentHashMap<>();

	DriveStorage(Drive drive, String rootFolderId) {
		this.drive = drive;
		this.rootFolderId = rootFolderId;
	}

	@Override
	public String name() {
		return "drive";
	}

	@Override
	public String put(String key, byte[] content, String contentType) {
		String[] parts = key.split("/");
		String tenantFolder = folders.computeIfAbsent(parts[0], this::folderFor);
		File metadata = new File().setName(parts[parts.length - 1])
			.setParents(List.of(tenantFolder))
			.setMimeType(contentType)
			.setAppProperties(Map.of("katibKey", key));
		try {
			Drive.Files.Create create = drive.files()
				.create(metadata, new ByteArrayContent(contentType, content))
				.setFields("id")
				.setSupportsAllDrives(true);
			// one multipart request for letter-sized files; resumable sessions only where they pay off
			create.getMediaHttpUploader().setDirectUploadEnabled(content.length <= DIRECT_UPLOAD_LIMIT);
			return create.execute().getId();
		}
		catch (IOException ex) {
			throw new StorageUnavailableException("The file could not be stored in Google Drive.", ex);
		}
	}

	@Override
	public byte[] get(String location) {
		try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			drive.files().get(location).setSupportsAllDrives(true).executeMediaAndDownloadTo(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new StorageUnavailableException("The file could not be read from Google Drive.", ex);
		}
	}

	@Override
	public void delete(String location) {
		try {
			drive.files().delete(location).setSupportsAllDrives(true).execute();
		}
		catch (com.google.api.client.googleapis.json.GoogleJsonResponseException ex) {
			if (ex.getStatusCode() != 404) {
				throw new StorageUnavailableException("The file could not be removed from Google Drive.", ex);
			}
		}
		catch (IOException ex) {
			throw new StorageUnavailableException("The file could not be removed from Google Drive.", ex);
		}
	}

	private String folderFor(String tenant) {
		try {
			var existing = drive.files()
				.list()
				.setQ("name = '" + tenant + "' and '" + rootFolderId + "' in parents and mimeType = '" + FOLDER
						+ "' and trashed = false")
				.setFields("files(id)")
				.setSupportsAllDrives(true)
				.setIncludeItemsFromAllDrives(true)
				.execute()
				.getFiles();
			if (existing != null && !existing.isEmpty()) {
				return existing.getFirst().getId();
			}
			return drive.files()
				.create(new File().setName(tenant).setMimeType(FOLDER).setParents(List.of(rootFolderId)))
				.setFields("id")
				.setSupportsAllDrives(true)
				.execute()
				.getId();
		}
		catch (IOException ex) {
			throw new StorageUnavailableException("The organisation's folder in Google Drive could not be prepared.", ex);
		}
	}
}
