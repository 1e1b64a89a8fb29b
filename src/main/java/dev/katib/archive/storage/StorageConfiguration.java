package dev.katib.archive.storage;

import java.io.IOException;
import java.nio.file.Files;
import java.util.List;

import com.google.api.client.json.gson.GsonFactory;
import com.google.api.services.drive.Drive;
import com.google.api.services.drive.DriveScopes;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.retry.RetryMode;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.S3ClientBuilder;

/** Chooses the storage backend from the configuration; a backend that cannot work stops start-up. */
@Configuration(proxyBeanMethods = false)
class StorageConfiguration {

	@Bean
	FileStorage fileStorage(StorageProperties properties) {
		return switch (properties.backend()) {
			case FILESYSTEM -> new FilesystemStorage(properties.directory());
			case S3 -> new S3Storage(s3Client(properties.s3()), require(properties.s3().bucket(), "KATIB_S3_BUCKET"));
			case DRIVE -> driveStorage(properties.drive(), readKey(properties.drive()));
		};
	}

	static DriveStorage driveStorage(StorageProperties.Drive settings, String keyJson) {
		var credentials = GoogleApis.serviceAccount(keyJson, List.of(DriveScopes.DRIVE_FILE));
		Drive.Builder builder = new Drive.Builder(GoogleApis.TRANSPORT, GsonFactory.getDefaultInstance(),
				GoogleApis.requests(credentials, 30_000))
			.setApplicationName("Katib");
		if (settings.rootUrl() != null && !settings.rootUrl().isBlank()) {
			builder.setRootUrl(settings.rootUrl());
		}
		return new DriveStorage(builder.build(), require(settings.folder(), "KATIB_DRIVE_FOLDER"));
	}

	private static String readKey(StorageProperties.Drive settings) {
		if (settings.credentials() == null || settings.credentials().toString().isBlank()) {
			throw new IllegalStateException("KATIB_STORAGE=drive needs KATIB_GOOGLE_CREDENTIALS: the path of the "
					+ "service account's JSON key");
		}
		try {
			return Files.readString(settings.credentials());
		}
		catch (IOException ex) {
			throw new IllegalStateException("KATIB_GOOGLE_CREDENTIALS names a file Katib cannot read", ex);
		}
	}

	static S3Client s3Client(StorageProperties.S3 settings) {
		S3ClientBuilder builder = S3Client.builder()
			.httpClient(UrlConnectionHttpClient.create())
			.overrideConfiguration(o -> o.retryStrategy(RetryMode.STANDARD))
			.forcePathStyle(settings.pathStyle())
			.region(Region.of(settings.region() == null || settings.region().isBlank() ? "us-east-1" : settings.region()));
		if (settings.endpoint() != null) {
			builder.endpointOverride(settings.endpoint());
		}
		if (settings.accessKey() != null && !settings.accessKey().isBlank()) {
			builder.credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials
				.create(settings.accessKey(), require(settings.secretKey(), "KATIB_S3_SECRET_KEY"))));
		}
		else {
			builder.credentialsProvider(DefaultCredentialsProvider.builder().build());
		}
		return builder.build();
	}

	static S3Storage s3Storage(StorageProperties.S3 settings) {
		return new S3Storage(s3Client(settings), require(settings.bucket(), "KATIB_S3_BUCKET"));
	}

	private static String require(String value, String variable) {
		if (value == null || value.isBlank()) {
			throw new IllegalStateException("This KATIB_STORAGE needs " + variable + " to be set");
		}
		return value;
	}
}
