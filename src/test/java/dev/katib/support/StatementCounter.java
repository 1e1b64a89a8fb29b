package dev.katib.support;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.util.Set;
import java.util.function.Supplier;

import javax.sql.DataSource;

import org.aopalliance.intercept.MethodInterceptor;
import org.springframework.aop.framework.ProxyFactory;
import org.springframework.beans.factory.config.BeanPostProcessor;

/**
 * Counts the SQL statements the application sends while a test's own thread runs some code: a page that costs
 * one more query per row shows up as a count that grows with the page. Every statement prepared or created on
 * a connection of the application's data source counts once.
 */
public final class StatementCounter implements BeanPostProcessor {

	private static final Set<String> STATEMENTS = Set.of("prepareStatement", "prepareCall", "createStatement");

	private static final ThreadLocal<int[]> COUNTING = new ThreadLocal<>();

	/** How many statements the code sent from this thread, and what it answered. */
	public static <T> Counted<T> count(Supplier<T> code) {
		int[] count = new int[1];
		COUNTING.set(count);
		try {
			T result = code.get();
			return new Counted<>(result, count[0]);
		}
		finally {
			COUNTING.remove();
		}
	}

	public record Counted<T>(T result, int statements) {
	}

	@Override
	public Object postProcessAfterInitialization(Object bean, String beanName) {
		if (!(bean instanceof DataSource) || bean instanceof Proxy) {
			return bean;
		}
		ProxyFactory proxy = new ProxyFactory(bean);
		proxy.setProxyTargetClass(!java.lang.reflect.Modifier.isFinal(bean.getClass().getModifiers()));
		proxy.addAdvice((MethodInterceptor) invocation -> {
			Object answer = invocation.proceed();
			return answer instanceof Connection connection && invocation.getMethod().getName().equals("getConnection")
					? counting(connection) : answer;
		});
		return proxy.getProxy(bean.getClass().getClassLoader());
	}

	private static Connection counting(Connection connection) {
		return (Connection) Proxy.newProxyInstance(StatementCounter.class.getClassLoader(),
				new Class<?>[] { Connection.class }, (self, method, arguments) -> {
					count(method);
					try {
						return method.invoke(connection, arguments);
					}
					catch (InvocationTargetException e) {
						throw e.getCause();
					}
				});
	}

	private static void count(Method method) {
		int[] count = COUNTING.get();
		if (count != null && STATEMENTS.contains(method.getName())) {
			count[0]++;
		}
	}
}
