package dev.katib.platform.outbound;


import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Map;

import org.junit.jupiter.api.Test;

class OutboundAddressPolicyTests {

	private static final Map<String, String> DNS = Map.of("hooks.example.com", "93.184.216.34", "rebound.example.com",
			"192.168.1.20", "metadata.example.com", "169.254.169.254", "katib.example.org", "93.184.216.35");

	private final OutboundAddressPolicy strict = new OutboundAddressPolicy(false, "katib.example.org", host -> {
		String address = DNS.get(host);
		if (address == null) {
			return new InetAddress[] { InetAddress.getByName(host) };
		}
		return new InetAddress[] { InetAddress.getByName("93.184.216.36"), InetAddress.getByName(address) };
	});

	@Test
	void aPublicHttpsEndpointIsAllowed() throws UnknownHostException {
		assertThat(strict.problem("https://hooks.example.com/katib")).isNull();
		assertThat(strict.problem("https://93.184.216.34:8443/katib")).isNull();
	}

	@Test
	void privateLoopbackAndLinkLocalAddressesAreRefusedWhenNotAllowed() {
		for (String url : new String[] { "https://127.0.0.1/hook", "https://10.1.2.3/", "https://172.16.0.1/",
				"https://192.168.0.10/", "https://169.254.169.254/latest", "https://[::1]/", "https://[fd00::1]/",
				"https://[fe80::1]/", "https://0.0.0.0/", "https://100.64.0.1/", "https://[::ffff:10.0.0.1]/" }) {
			assertThat(strict.problem(url)).as(url).contains("private");
		}
	}

	@Test
	void everyAddressOfANameIsChecked() {
		assertThat(strict.problem("https://rebound.example.com/hook")).contains("private");
		assertThat(strict.problem("https://metadata.example.com/hook")).contains("private");
	}

	@Test
	void katibsOwnHostLocalhostPlainHttpAndOddFormsAreRefused() {
		assertThat(strict.problem("https://katib.example.org/api")).contains("own host");
		assertThat(strict.problem("https://LOCALHOST:8080/")).contains("own host");
		assertThat(strict.problem("http://hooks.example.com/")).contains("https://");
		assertThat(strict.problem("ftp://hooks.example.com/")).contains("https://");
		assertThat(strict.problem("https://user:pw@hooks.example.com/")).contains("user name");
		assertThat(strict.problem("https:///path")).isNotNull();
		assertThat(strict.problem("not a url")).isNotNull();
	}

	@Test
	void anAdministratorMayAllowPrivateAddresses() {
		OutboundAddressPolicy allowing = new OutboundAddressPolicy(true, "katib.example.org", InetAddress::getAllByName);
		assertThat(allowing.problem("http://127.0.0.1:9000/hook")).isNull();
		assertThat(allowing.problem("ftp://127.0.0.1/")).isNotNull();
	}
}
