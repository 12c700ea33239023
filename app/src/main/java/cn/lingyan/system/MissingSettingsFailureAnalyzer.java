package cn.lingyan.system;

import cn.lingyan.system.ProductionSettings.MissingSettingsException;
import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Turns a production start without its settings into Spring Boot's short failure report, with no stack trace. */
class MissingSettingsFailureAnalyzer extends AbstractFailureAnalyzer<MissingSettingsException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, MissingSettingsException cause) {
        return new FailureAnalysis(cause.getMessage(),
                "e.g. LINGYAN_ORG_FILE=file:/etc/lingyan/org-units.yaml SPRING_DATASOURCE_URL=jdbc:mysql://db:3306/lingyan "
                        + "SPRING_DATASOURCE_USERNAME=lingyan SPRING_DATASOURCE_PASSWORD=… (README, \"Running on MySQL / MariaDB\")",
                cause);
    }
}
