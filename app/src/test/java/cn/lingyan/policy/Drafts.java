package cn.lingyan.policy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Draft tables as a policy owner would type them into the workbench, for preview and replay tests. */
final class Drafts {

    private Drafts() {}

    /** The shipped acceptance table with the pass score changed to {@code passScore}. */
    static String acceptance(int passScore) {
        try {
            return Files.readString(Path.of("processes/rectification/acceptance-decision.dmn"))
                    .replace("<text>&gt;= 70</text>", "<text>&gt;= " + passScore + "</text>");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * 加分 (bonus points) for a secretary's stars and village, hit policy COLLECT ({@code aggregation} e.g. "SUM", or
     * null): three stars and more 5, five stars another 10, 东坡村 1; one star in another village matches nothing.
     */
    static String bonus(String aggregation) {
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <definitions xmlns="https://www.omg.org/spec/DMN/20191111/MODEL/" id="bonus-definitions" name="加分" namespace="http://camunda.org/schema/1.0/dmn">
                  <decision id="bonus-points" name="加分">
                    <decisionTable id="bonus-points-table" hitPolicy="COLLECT"%s>
                      <input id="input-stars" label="星级">
                        <inputExpression id="inputExpression-stars" typeRef="integer"><text>stars</text></inputExpression>
                      </input>
                      <input id="input-village" label="村名">
                        <inputExpression id="inputExpression-village" typeRef="string"><text>villageName</text></inputExpression>
                      </input>
                      <output id="output-points" label="加分" name="points" typeRef="integer" />
                      <rule id="rule-three-stars">
                        <description>三星及以上加5分</description>
                        <inputEntry id="rule-three-stars-in1"><text>&gt;= 3</text></inputEntry>
                        <inputEntry id="rule-three-stars-in2"><text></text></inputEntry>
                        <outputEntry id="rule-three-stars-out1"><text>5</text></outputEntry>
                      </rule>
                      <rule id="rule-five-stars">
                        <description>五星再加10分</description>
                        <inputEntry id="rule-five-stars-in1"><text>5</text></inputEntry>
                        <inputEntry id="rule-five-stars-in2"><text></text></inputEntry>
                        <outputEntry id="rule-five-stars-out1"><text>10</text></outputEntry>
                      </rule>
                      <rule id="rule-dongpo">
                        <description>东坡村加1分</description>
                        <inputEntry id="rule-dongpo-in1"><text></text></inputEntry>
                        <inputEntry id="rule-dongpo-in2"><text>"东坡村"</text></inputEntry>
                        <outputEntry id="rule-dongpo-out1"><text>1</text></outputEntry>
                      </rule>
                    </decisionTable>
                  </decision>
                </definitions>
                """.formatted(aggregation == null ? "" : " aggregation=\"" + aggregation + "\"");
    }
}
