package org.marsad;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.modulith.Modulithic;

/**
 * The Marsad web application. Each sub-package is a module ({@code security},
 * {@code intake}, {@code web}, …) whose root package holds only its API.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
@Modulithic(sharedModules = "web")
public class MarsadApplication {

	public static void main(String[] args) {
		Marsad.localDatabaseServer();
		SpringApplication.run(MarsadApplication.class, args);
	}

}
