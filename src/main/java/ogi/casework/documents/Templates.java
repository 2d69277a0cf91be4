package ogi.casework.documents;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.springframework.stereotype.Component;

/** Finds a letter's template: the agency's own in {@code ogi.documents.template-dir} first, the built-in one otherwise. */
@Component
class Templates {

	static final String CLASSPATH = "documents/templates/";

	private final DocumentSettings settings;

	Templates(DocumentSettings settings) {
		this.settings = settings;
	}

	InputStream open(DocumentKind kind, String extension) {
		String name = kind.template() + "." + extension;
		try {
			if (settings.templateDir() != null && !settings.templateDir().isBlank()) {
				Path own = Path.of(settings.templateDir()).resolve(name);
				if (Files.isRegularFile(own)) {
					return Files.newInputStream(own);
				}
			}
			InputStream builtIn = Templates.class.getClassLoader().getResourceAsStream(CLASSPATH + name);
			if (builtIn == null) {
				throw new IllegalStateException("No template " + CLASSPATH + name + " on the classpath");
			}
			return builtIn;
		}
		catch (IOException e) {
			throw new UncheckedIOException("Cannot read template " + name, e);
		}
	}
}
