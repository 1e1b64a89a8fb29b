package dev.katib.automation.flows;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.UUID;

import javax.sql.DataSource;

import org.jspecify.annotations.Nullable;
import org.quartz.SchedulerConfigException;
import org.quartz.impl.jdbcjobstore.JobStoreCMT;
import org.quartz.spi.ClassLoadHelper;
import org.quartz.spi.SchedulerSignaler;
import org.quartz.utils.ConnectionProvider;
import org.quartz.utils.DBConnectionManager;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.scheduling.quartz.SchedulerFactoryBean;

/**
 * The schedules' job store: Spring's {@code LocalDataSourceJobStore} (the application's data source, in its
 * transactions), except for the key its connection is registered under in Quartz's JVM-wide
 * {@link DBConnectionManager}. Spring keys it by the scheduler's name, which is the cluster's name, so two Spring
 * contexts of one JVM in one cluster (tests) took each other's pools; this store keys it by a name of its own.
 * Public only because Quartz creates it by its class name.
 */
public class ScheduleJobStore extends JobStoreCMT {

	private @Nullable DataSource dataSource;

	@Override
	public void initialize(ClassLoadHelper loadHelper, SchedulerSignaler signaler) throws SchedulerConfigException {
		DataSource configured = SchedulerFactoryBean.getConfigTimeDataSource();
		if (configured == null) {
			throw new SchedulerConfigException("The schedules' job store is created by a SchedulerFactoryBean "
					+ "with a data source");
		}
		dataSource = configured;
		String key = getInstanceName() + "." + UUID.randomUUID();
		setDataSource("tx." + key);
		setNonManagedTXDataSource("non-tx." + key);
		// Spring's transactions, not Quartz, commit the connections of the transactional data source
		setDontSetAutoCommitFalse(true);
		DBConnectionManager.getInstance().addConnectionProvider(getDataSource(),
				provider(() -> DataSourceUtils.doGetConnection(configured)));
		DBConnectionManager.getInstance().addConnectionProvider(getNonManagedTXDataSource(),
				provider(configured::getConnection));
		super.initialize(loadHelper, signaler);
	}

	@Override
	protected void closeConnection(Connection connection) {
		DataSourceUtils.releaseConnection(connection, dataSource);
	}

	private static ConnectionProvider provider(Connections connections) {
		return new ConnectionProvider() {

			@Override
			public Connection getConnection() throws SQLException {
				return connections.get();
			}

			@Override
			public void shutdown() {
				// the application closes its data source
			}

			@Override
			public void initialize() {
			}
		};
	}

	private interface Connections {

		Connection get() throws SQLException;
	}
}
