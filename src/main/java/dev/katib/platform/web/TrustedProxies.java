package dev.katib.platform.web;

import org.apache.catalina.Valve;
import org.apache.catalina.valves.RemoteIpValve;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.core.Ordered;
import org.springframework.stereotype.Component;

/**
 * Believes {@code X-Forwarded-For} and {@code X-Forwarded-Proto} only from the proxies listed in
 * {@code KATIB_TRUSTED_PROXIES}, none by default: any other client, on a private network or on this
 * very machine, cannot choose the address its requests are counted, throttled and audited under.
 * Tomcat's own remote-IP valve does the work; this only narrows whom it trusts.
 */
@Component
class TrustedProxies implements WebServerFactoryCustomizer<TomcatServletWebServerFactory>, Ordered {

	private final String ranges;

	TrustedProxies(WebProperties properties) {
		this.ranges = String.join(",", properties.proxyRanges());
	}

	@Override
	public int getOrder() {
		// after Spring Boot's customizer, which adds the valve with its default trust of private networks
		return Ordered.LOWEST_PRECEDENCE;
	}

	@Override
	public void customize(TomcatServletWebServerFactory factory) {
		for (Valve valve : factory.getEngineValves()) {
			if (valve instanceof RemoteIpValve remoteIp) {
				remoteIp.setInternalProxies(ranges);
				remoteIp.setTrustedProxies(null);
			}
		}
	}
}
