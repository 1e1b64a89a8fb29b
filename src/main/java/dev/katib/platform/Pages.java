package dev.katib.platform;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.stereotype.Controller;


/**
 * A controller of pages for people, as opposed to a JSON API ({@code @RestController}). What every page needs
 * (navigation, the date formatter, the workflow panel) is added to the model of these controllers only, so that
 * API requests do not pay for queries no one reads.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Controller
public @interface Pages {
}
