package dev.katib.automation.flows;

import java.security.SecureRandom;
import java.util.UUID;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import dev.katib.platform.outbound.StandardWebhooks;
import dev.katib.platform.KatibException;
import dev.katib.platform.ProblemType;
import dev.katib.platform.SecretBox;
import dev.katib.platform.SecretResealing;

/**
 * An automation's secret, which signs its inbound calls and its outbound webhook steps (Standard Webhooks). It is
 * shown once, when it is made; it is kept sealed, bound to its automation.
 */
@Component
class HookSecrets implements SecretResealing {

	private final AutomationStore automations;
	private final SecretBox box;
	private final SecureRandom random = new SecureRandom();

	HookSecrets(AutomationStore automations, SecretBox box) {
		this.automations = automations;
		this.box = box;
	}

	/** A new secret for the automation, replacing any older one: the only time it is seen. */
	String renew(UUID tenantId, UUID automationId) {
		String secret = StandardWebhooks.newSecret(random);
		automations.secret(tenantId, automationId, box.seal(secret, purpose(automationId)));
		return secret;
	}

	String secretOf(UUID tenantId, UUID automationId) {
		return automations.forHook(automationId)
			.filter(sealed -> sealed.automation().tenantId().equals(tenantId))
			.map(sealed -> box.openText(sealed.secret(), purpose(automationId)))
			.orElseThrow(() -> new KatibException(ProblemType.CONFLICT,
					"The automation has no secret to sign with; make one first."));
	}

	String open(AutomationStore.Sealed sealed) {
		return box.openText(sealed.secret(), purpose(sealed.automation().id()));
	}

	@Override
	public String what() {
		return "automation secrets";
	}

	@Override
	@Transactional
	public int resealAll(SecretBox current) {
		int changed = 0;
		for (AutomationStore.Sealed sealed : automations.allSealed()) {
			if (!current.sealedWithCurrentKey(sealed.secret())) {
				UUID id = sealed.automation().id();
				automations.secret(sealed.automation().tenantId(), id,
						current.seal(current.open(sealed.secret(), purpose(id)), purpose(id)));
				changed++;
			}
		}
		return changed;
	}

	private static String purpose(UUID automationId) {
		return "automation_flow:" + automationId;
	}
}
