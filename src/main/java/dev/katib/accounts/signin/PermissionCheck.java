package dev.katib.accounts.signin;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

import dev.katib.accounts.AccessPolicy;
import dev.katib.accounts.RequiresPermission;

/** Checks {@link RequiresPermission} before Spring MVC binds and validates anything of the request. */
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
				if (handler instanceof HandlerMethod method) {
					RequiresPermission required = AnnotatedElementUtils.findMergedAnnotation(method.getMethod(),
							RequiresPermission.class);
					if (required == null) {
						required = AnnotatedElementUtils.findMergedAnnotation(method.getBeanType(),
								RequiresPermission.class);
					}
					if (required != null) {
						access.require(required.value());
					}
				}
				return true;
			}
		});
	}
}
