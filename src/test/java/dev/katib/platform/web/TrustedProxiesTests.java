package dev.katib.platform.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.apache.catalina.valves.RemoteIpValve;
import org.junit.jupiter.api.Test;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.util.unit.DataSize;

/** Whose X-Forwarded-* headers Tomcat believes: only the listed proxies', none by default. */
class TrustedProxiesTests {

	@Test
	void trustsNoProxyByDefaultNotEvenPrivateOrLoopbackAddresses() {
		RemoteIpValve valve = customizedValve(null);

		assertThat(valve.getInternalProxies()).isNull();
		assertThat(valve.getTrustedProxies()).isNull();
	}

	@Test
	void trustsTheListedAddressesAndRanges() {
		RemoteIpValve valve = customizedValve(" 10.0.0.0/8, 192.0.2.7 ,2001:db8::/32");

		assertThat(valve.getInternalProxies().split(",\\s*")).containsExactlyInAnyOrder("10.0.0.0/8", "192.0.2.7/32",
				"2001:db8:0:0:0:0:0:0/32");
	}

	@Test
	void refusesToStartWithAnEntryThatIsNoAddressNamingTheSetting() {
		for (String wrong : new String[] { "proxy.example", "10.0.0.0/33", "10.*", "dead.beef" }) {
			assertThatThrownBy(() -> properties(wrong)).as(wrong)
				.hasMessageContaining("KATIB_TRUSTED_PROXIES")
				.hasMessageContaining(wrong);
		}
	}

	private static RemoteIpValve customizedValve(String trusted) {
		TomcatServletWebServerFactory factory = new TomcatServletWebServerFactory();
		RemoteIpValve valve = new RemoteIpValve();
		factory.addEngineValves(valve);
		new TrustedProxies(properties(trusted)).customize(factory);
		return valve;
	}

	private static WebProperties properties(String trusted) {
		return new WebProperties(DataSize.ofMegabytes(1), trusted);
	}
}
