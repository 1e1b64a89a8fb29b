package dev.katib.accounts.members;

import java.util.Optional;

import org.springframework.stereotype.Component;

import dev.katib.accounts.Callers;
import dev.katib.accounts.Permission;
import dev.katib.platform.FirstStep;
import dev.katib.platform.FirstSteps;

/** First step for owners and admins: colleagues, done once the organisation has more than its first member. */
@Component
class MembersFirstStep implements FirstSteps {

	private final Callers callers;
	private final Members members;

	MembersFirstStep(Callers callers, Members members) {
		this.callers = callers;
		this.members = members;
	}

	@Override
	public Optional<FirstStep> step() {
		return callers.find()
			.filter(Permission.MANAGE_MEMBERS::isGrantedTo)
			.map(caller -> new FirstStep(20, "home.step.members", "/members", members.list(caller.tenantId()).size() > 1));
	}
}
