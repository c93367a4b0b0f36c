package org.postops.app.web;

import java.util.Locale;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.convert.converter.Converter;
import org.springframework.core.convert.converter.ConverterFactory;
import org.springframework.format.FormatterRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Enum query parameters read as JSON bodies do: case-insensitively, so {@code ?status=in_progress} (the
 * way the API writes the value) works as well as {@code IN_PROGRESS}. Spring's own converter only
 * accepted the upper-case constant name.
 */
@Configuration(proxyBeanMethods = false)
class EnumParameters implements WebMvcConfigurer {

    @Override
    public void addFormatters(FormatterRegistry registry) {
        registry.addConverterFactory(new AnyCase());
    }

    @SuppressWarnings({"rawtypes", "unchecked"})
    private static final class AnyCase implements ConverterFactory<String, Enum> {

        @Override
        public <T extends Enum> Converter<String, T> getConverter(Class<T> type) {
            return source -> source.isBlank() ? null
                    : (T) Enum.valueOf(type, source.strip().toUpperCase(Locale.ROOT));
        }
    }
}
