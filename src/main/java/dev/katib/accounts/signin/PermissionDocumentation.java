package dev.katib.accounts.signin;

import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;

import org.springdoc.core.customizers.OperationCustomizer;
import org.springframework.stereotype.Component;
import org.springframework.web.method.HandlerMethod;

/**
 * Documents {@code 403 forbidden} on every operation that needs a permission ({@code RequiresPermission}),
 * with the problem-detail answer the platform describes, and names the permission in the operation.
 */
@Component
class PermissionDocumentation implements OperationCustomizer {

	@Override
	public Operation customize(Operation operation, HandlerMethod handler) {
		var required = PermissionCheck.required(handler);
		if (required != null) {
			if (operation.getResponses() == null) {
				operation.setResponses(new ApiResponses());
			}
			operation.getResponses().addApiResponse("403", new ApiResponse().$ref("#/components/responses/Forbidden"));
			String needs = "Needs the permission " + required.value().name() + ".";
			operation.setDescription(operation.getDescription() == null || operation.getDescription().isBlank() ? needs
					: operation.getDescription() + "\n\n" + needs);
		}
		return operation;
	}
}
