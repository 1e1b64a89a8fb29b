package dev.katib;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * Katib: correspondence and document automation for organisations that write formal letters.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class KatibApplication {

	public static void main(String[] args) {
		SpringApplication.run(KatibApplication.class, args);
	}
}
