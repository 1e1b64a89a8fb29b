package dev.katib.platform.database;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.concurrent.Executor;

import org.springframework.beans.BeansException;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.scheduling.TaskScheduler;
import org.springframework.stereotype.Component;

/**
 * A clean shutdown lets the work already running finish (event listeners backed by the event
 * publication registry, scheduled jobs), then stops the database: every executor and scheduler is
 * declared to depend on the data source, so Spring stops each of them, waiting for its tasks, before
 * it closes the pool and the embedded PostgreSQL. Otherwise a listener could still be writing its
 * publication's completion when the database goes away.
 */
@Component
class DatabaseStopsLast implements BeanFactoryPostProcessor {

	static final String DATA_SOURCE = "dataSource";

	@Override
	public void postProcessBeanFactory(ConfigurableListableBeanFactory factory) throws BeansException {
		if (!factory.containsBeanDefinition(DATA_SOURCE)) {
			return;
		}
		for (String name : factory.getBeanDefinitionNames()) {
			Class<?> type = factory.getType(name, false);
			boolean runsWork = type != null
					&& (Executor.class.isAssignableFrom(type) || TaskScheduler.class.isAssignableFrom(type));
			if (runsWork && !name.equals(DATA_SOURCE)) {
				BeanDefinition definition = factory.getBeanDefinition(name);
				Set<String> dependsOn = new LinkedHashSet<>(
						definition.getDependsOn() == null ? Set.of() : Arrays.asList(definition.getDependsOn()));
				dependsOn.add(DATA_SOURCE);
				definition.setDependsOn(dependsOn.toArray(String[]::new));
			}
		}
	}
}
