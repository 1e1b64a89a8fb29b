package dev.katib.connectors.sheets;

import java.time.Clock;
import java.time.Duration;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

import dev.katib.connectors.internal.ConnectorsProperties;

/** Google Sheets as a source: one client factory per process, so a service account's pace is shared. */
@Configuration(proxyBeanMethods = false)
class SheetsConfiguration {

	@Bean
	SheetsClients sheetsClients(ConnectorsProperties properties) {
		var sheets = properties.sheets();
		return new SheetsClients(new SheetsSettings(sheets.rootUrl().toString(), sheets.requestsPerMinute(),
				SheetsSettings.DEFAULTS.rowsPerPage(), SheetsSettings.DEFAULTS.rowsPerWrite(), Duration.ofMinutes(10)));
	}

	@Bean
	SheetsBackend sheetsBackend(SheetsClients clients, ConnectorsProperties properties, JdbcClient jdbc, Clock clock) {
		return new SheetsBackend(clients, properties::instanceGoogleKey, new Spreadsheets(jdbc, clock),
				new SheetSnapshots(jdbc, clock));
	}
}
