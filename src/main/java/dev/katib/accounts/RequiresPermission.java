package dev.katib.accounts;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The permission a web endpoint needs, checked before its request body or parameters are read: a
 * caller without it gets {@code 403 forbidden}, never a {@code 400} that describes the body. The
 * application service checks again with {@link AccessPolicy}; this only comes first. On a class, it
 * applies to every endpoint of the class.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ ElementType.METHOD, ElementType.TYPE })
public @interface RequiresPermission {

	Permission value();
}
