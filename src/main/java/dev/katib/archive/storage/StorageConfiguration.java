package dev.katib.archive.storage;

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
		};
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
			throw new IllegalStateException("KATIB_STORAGE=s3 needs " + variable + " to be set");
		}
		return value;
	}
}
