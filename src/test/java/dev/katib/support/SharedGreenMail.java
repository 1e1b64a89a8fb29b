package dev.katib.support;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

/** One GreenMail SMTP server on a free port for the whole test run, the letters' mail server. */
public final class SharedGreenMail {

	private static GreenMail server;

	private SharedGreenMail() {
	}

	public static synchronized GreenMail get() {
		if (server == null) {
			server = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP).dynamicPort());
			server.start();
		}
		return server;
	}

	public static int port() {
		return get().getSmtp().getPort();
	}
}
