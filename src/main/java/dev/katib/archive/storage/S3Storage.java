package dev.katib.archive.storage;

import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * Files as objects in an S3-compatible bucket (AWS S3, MinIO, Ceph, …). The SDK retries transient
 * failures with backoff; what still fails is reported as storage unavailable.
 */
class S3Storage implements FileStorage {

	private final S3Client s3;
	private final String bucket;

	S3Storage(S3Client s3, String bucket) {
		this.s3 = s3;
		this.bucket = bucket;
	}

	@Override
	public String name() {
		return "s3";
	}

	@Override
	public String put(String key, byte[] content, String contentType) {
		try {
			s3.putObject(request -> request.bucket(bucket).key(key).contentType(contentType),
					RequestBody.fromBytes(content));
			return key;
		}
		catch (SdkException ex) {
			throw new StorageUnavailableException("The file could not be stored in the S3 bucket.", ex);
		}
	}

	@Override
	public byte[] get(String location) {
		try {
			return s3.getObjectAsBytes(request -> request.bucket(bucket).key(location)).asByteArray();
		}
		catch (SdkException ex) {
			throw new StorageUnavailableException("The file could not be read from the S3 bucket.", ex);
		}
	}

	@Override
	public void delete(String location) {
		try {
			s3.deleteObject(request -> request.bucket(bucket).key(location));
		}
		catch (SdkException ex) {
			throw new StorageUnavailableException("The file could not be removed from the S3 bucket.", ex);
		}
	}
}
