package dev.katib.platform.web;

import java.lang.reflect.Method;
import java.util.List;
import java.util.Locale;

import io.swagger.v3.oas.models.Operation;

import org.springdoc.core.customizers.OperationCustomizer;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.modulith.ApplicationModule;
import org.springframework.stereotype.Component;
import org.springframework.web.method.HandlerMethod;

/**
 * What every operation of the OpenAPI document gets from its controller without annotations: the tag of
 * its module (the module's display name), a summary from the method's name when it has none, and the names
 * {@link ApiProblemResponses} needs to make readable, unique operation ids.
 */
@Component
class ApiOperations implements OperationCustomizer {

	static final String METHOD = "x-katib-method";

	static final String CONTROLLER = "x-katib-controller";

	@Override
	public Operation customize(Operation operation, HandlerMethod handler) {
		Class<?> controller = handler.getBeanType();
		operation.setTags(List.of(module(controller)));
		if (operation.getSummary() == null || operation.getSummary().isBlank()) {
			operation.setSummary(sentence(handler.getMethod().getName()));
		}
		if (!explicitOperationId(handler.getMethod())) {
			operation.addExtension(METHOD, handler.getMethod().getName());
			operation.addExtension(CONTROLLER, controller.getSimpleName().replaceAll("(Api|Controller)$", ""));
		}
		return operation;
	}

	/** The display name of the application module the controller belongs to ({@code dev.katib.<module>}). */
	static String module(Class<?> controller) {
		String[] names = controller.getPackageName().split("\\.");
		String root = names.length > 2 ? String.join(".", names[0], names[1], names[2]) : controller.getPackageName();
		Package module = controller.getClassLoader() == null ? null : controller.getClassLoader().getDefinedPackage(root);
		ApplicationModule declared = module == null ? null : module.getAnnotation(ApplicationModule.class);
		if (declared != null && !declared.displayName().isBlank()) {
			return declared.displayName();
		}
		String last = names[Math.min(2, names.length - 1)];
		return last.substring(0, 1).toUpperCase(Locale.ROOT) + last.substring(1);
	}

	/** {@code limitOrganisation} becomes "Limit organisation". */
	static String sentence(String methodName) {
		String words = methodName.replaceAll("([a-z0-9])([A-Z])", "$1 $2").toLowerCase(Locale.ROOT);
		return words.substring(0, 1).toUpperCase(Locale.ROOT) + words.substring(1);
	}

	private static boolean explicitOperationId(Method method) {
		var annotation = AnnotatedElementUtils.findMergedAnnotation(method,
				io.swagger.v3.oas.annotations.Operation.class);
		return annotation != null && !annotation.operationId().isBlank();
	}
}
