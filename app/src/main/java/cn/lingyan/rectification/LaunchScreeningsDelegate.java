package cn.lingyan.rectification;

import cn.lingyan.org.OrgDirectory;
import cn.lingyan.org.OrgLevel;
import cn.lingyan.org.OrgUnit;
import cn.lingyan.org.CountyRules;
import cn.lingyan.system.ProcessKeys;
import java.time.Clock;
import java.time.LocalDate;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.variable.Variables;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * 年度排查启动: early each year, one screening campaign per county of the org tree, unless that county's
 * organisation department has already launched this year's campaign by hand.
 */
@Component("launchScreeningsDelegate")
class LaunchScreeningsDelegate implements JavaDelegate {

    private static final Logger log = LoggerFactory.getLogger(LaunchScreeningsDelegate.class);

    private final OrgDirectory directory;
    private final CountyRules countyRules;
    private final ScreeningSteps screening;
    private final Clock clock;

    LaunchScreeningsDelegate(OrgDirectory directory, CountyRules countyRules, ScreeningSteps screening, Clock clock) {
        this.directory = directory;
        this.countyRules = countyRules;
        this.screening = screening;
        this.clock = clock;
    }

    @Override
    public void execute(DelegateExecution execution) {
        int year = LocalDate.now(clock).getYear();
        int launched = 0;
        for (OrgUnit county : directory.atLevel(OrgLevel.COUNTY)) {
            if (!screening.campaignExists(county.code(), year)) {
                countyRules.start(ProcessKeys.WEAK_BRANCH_SCREENING, county.code(), null,
                        Variables.createVariables().putValue("countyCode", county.code()).putValue("screeningYear", year));
                launched++;
            }
        }
        log.info("Yearly screening {}: {} campaigns launched", year, launched);
        execution.setVariable("launchedCampaigns", launched);
    }
}
