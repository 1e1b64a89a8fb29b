package dev.katib.delivery.internal;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

import dev.katib.accounts.Colleagues;
import dev.katib.delivery.Channel;

/** E-mail delivery when an SMTP server is configured ({@code KATIB_SMTP_HOST}); the log says which. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(DeliveryProperties.class)
@EnableScheduling
class DeliveryConfiguration {

	private static final Logger log = LoggerFactory.getLogger(DeliveryConfiguration.class);

	@Bean
	ChannelSender emailChannel(DeliveryProperties properties, Colleagues colleagues) {
		if (!properties.smtp().configured()) {
			log.info("No SMTP server is configured (KATIB_SMTP_HOST): letters cannot be delivered by e-mail.");
			return new NoEmail();
		}
		log.info("Letters are e-mailed through {}:{}.", properties.smtp().host(), properties.smtp().port());
		return new EmailSender(properties.smtp(), tenant -> colleagues.names(tenant)
			.map(names -> names.arabic().isBlank() ? names.english() : names.arabic())
			.orElse("Katib"));
	}

	/** E-mail on an installation without an SMTP server: offered to nobody. */
	private static final class NoEmail implements ChannelSender {

		@Override
		public Channel channel() {
			return Channel.EMAIL;
		}

		@Override
		public boolean availableTo(java.util.UUID tenantId) {
			return false;
		}

		@Override
		public String send(Parcel parcel) {
			throw new DeliveryProblem("No SMTP server is configured on this installation (KATIB_SMTP_HOST).", true);
		}
	}
}
