package dev.katib.platform.secrets;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;

/**
 * The key file of the embedded defaults: read when it exists, otherwise written once with a new
 * random key, readable by the owner only, so a first run needs no setting.
 */
final class MasterKeyFile {

	private MasterKeyFile() {
	}

	static List<String> readOrCreate(Path file) {
		try {
			if (!Files.exists(file)) {
				create(file);
			}
			return MasterKeys.split(Files.readString(file, StandardCharsets.US_ASCII));
		}
		catch (IOException ex) {
			throw new UncheckedIOException("The encryption key file " + file
					+ " cannot be read or created: set KATIB_ENCRYPTION_KEY or KATIB_ENCRYPTION_KEY_FILE", ex);
		}
	}

	static boolean exists(Path file) {
		return Files.exists(file);
	}

	private static void create(Path file) throws IOException {
		Path folder = file.toAbsolutePath().getParent();
		boolean posix = folder.getFileSystem().supportedFileAttributeViews().contains("posix");
		if (!Files.exists(folder)) {
			if (posix) {
				Files.createDirectories(folder,
						PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
			}
			else {
				Files.createDirectories(folder);
			}
		}
		byte[] key = new byte[MasterKeys.KEY_BYTES];
		new SecureRandom().nextBytes(key);
		String line = Base64.getEncoder().encodeToString(key) + "\n";
		try {
			if (posix) {
				Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
			}
			else {
				Files.createFile(file);
			}
			Files.writeString(file, line, StandardCharsets.US_ASCII);
		}
		catch (FileAlreadyExistsException anotherProcessWasFirst) {
			// both read the same key file from here on
		}
	}
}
