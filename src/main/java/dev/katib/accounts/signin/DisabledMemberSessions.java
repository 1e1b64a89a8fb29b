package dev.katib.accounts.signin;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import dev.katib.accounts.AccountEvent;

/** A disabled member's browser sessions end in the transaction that disables them. */
@Component
class DisabledMemberSessions {

	private final BrowserSessions sessions;

	DisabledMemberSessions(BrowserSessions sessions) {
		this.sessions = sessions;
	}

	@EventListener
	void on(AccountEvent.MemberDisabled disabled) {
		var tenantId = disabled.actor().tenantId();
		if (tenantId != null) {
			sessions.endAllBut(tenantId, disabled.memberId(), null);
		}
	}
}
