package cn.lingyan.system;

import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Lingyan's own settings for models, as {@code ${settings.text('screening.kickoff-cron')}}: only keys under
 * {@code lingyan.}, so a model (which a policy owner may upload) can never read the datasource password or any other
 * property of the server.
 */
@Component("settings")
public class ModelSettings {

    private final Environment environment;

    ModelSettings(Environment environment) {
        this.environment = environment;
    }

    /** The value of {@code lingyan.<key>}; an unknown key is a mistake in the model, reported as such. */
    public String text(String key) {
        String value = environment.getProperty("lingyan." + key);
        if (value == null) {
            throw new IllegalStateException("No setting lingyan." + key + " for the model");
        }
        return value;
    }
}
