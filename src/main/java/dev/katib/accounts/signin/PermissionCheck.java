package dev.katib.accounts.signin;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.jspecify.annotations.Nullable;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

import dev.katib.accounts.AccessPolicy;
import dev.katib.accounts.RequiresPermission;

/**
 * Checks {@link RequiresPermission} before Spring MVC binds and validates anything of the request. Only
 * the request's first dispatch is checked: the re-dispatch that finishes an asynchronous answer (a
 * stream) and the dispatch to the error page were let through by that check already, and by then the
 * caller's security context may be gone.
 */
@Configuration(proxyBeanMethods = false)
class PermissionCheck implements WebMvcConfigurer {

	private final AccessPolicy access;

	PermissionCheck(AccessPolicy access) {
		this.access = access;
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(new HandlerInterceptor() {

			@Override
			public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
				if (request.getDispatcherType() == DispatcherType.ASYNC
						|| request.getDispatcherType() == DispatcherType.ERROR) {
					return true;
				}
				if (handler instanceof HandlerMethod method) {
					RequiresPermission required = required(method);
					if (required != null) {
						access.require(required.value());
					}
				}
				return true;
			}
		});
	}

	/** The permission the endpoint needs, on its method or else on its class. */
	static @Nullable RequiresPermission required(HandlerMethod method) {
		RequiresPermission required = AnnotatedElementUtils.findMergedAnnotation(method.getMethod(),
				RequiresPermission.class);
		return required != null ? required
				: AnnotatedElementUtils.findMergedAnnotation(method.getBeanType(), RequiresPermission.class);
	}
}
