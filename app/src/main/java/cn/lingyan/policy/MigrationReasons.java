package cn.lingyan.policy;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The engine's reasons for refusing a migration (its validators' English sentences, see Camunda's
 * {@code impl.migration.validation}), in the words a policy owner reads. A sentence the table does not know keeps the
 * engine's text behind a Chinese lead, so nothing is lost; callers show the original next to it anyway.
 */
final class MigrationReasons {

    private record Rule(Pattern pattern, String text) {}

    private static final List<Rule> RULES = List.of(
            rule("There is no migration instruction for this instance's activity",
                    "新版本中没有与此环节对应的环节（环节被删除或改了编号），停在这里的案件不能迁移"),
            rule("The type of the source activity is not supported for activity instance migration",
                    "此类环节不支持迁移"),
            rule("Target activity is not async(After|Before)", "新版本中对应环节的异步设置不同，正在异步续办的案件不能迁移"),
            rule("Transition instance is assigned to (no|a) sequence flow",
                    "案件正处于环节之后的异步续办中，新版本中找不到相同的去向"),
            rule("A transition instance that instantiates the process",
                    "案件正在异步启动，只能迁移到流程最外层的环节"),
            rule("There is no migration instruction for the compensation (?:start|boundary) event",
                    "补偿处理（撤销已办环节）的事件在新版本中没有对应"),
            rule("The variable '(.+?)' exists in both, this scope and concurrent local in the parent scope",
                    "流程变量“{1}”在并行分支和上级范围中都有，迁移会覆盖其中一个"),
            rule("The closest mapped ancestor '(.+?)' is mapped to scope '(.+?)' which is not an ancestor of target scope '(.+?)'",
                    "环节所在的范围“{1}”在新版本中对应“{2}”，但新环节所在的“{3}”不在其中（子流程或并行范围的结构改变了）"),
            rule("Target activity '(.+?)' is a descendant of multi-instance body '(.+?)' that is not mapped",
                    "新环节“{1}”在新增的多实例（会签/逐一办理）“{2}”之中，进行中的案件不能迁入"),
            rule("(Must map|Cannot remove) the inner activity of a multi-instance body",
                    "多实例（会签/逐一办理）环节与其内部环节必须一起对应"),
            rule("Conditional event has to migrate with update event trigger", "条件事件必须随新版本更新触发条件"),
            rule("The target gateway must have at least the same number of incoming sequence flows",
                    "新版本的汇合网关入口比原版本少，正在汇合的并行分支不能迁移"),
            rule("The gateway's flow scope '(.+?)' must be mapped", "网关所在的范围“{1}”在新版本中没有对应"),
            rule("Only one gateway can be mapped to gateway '(.+?)'", "只能有一个网关对应新版本的网关“{1}”"),
            rule("There are multiple mappings for source activity id '(.+?)'", "环节“{1}”对应了多个新环节"),
            rule("Activities have incompatible types", "新旧环节类型不同（例如人工办理改成了自动处理），不能对应"),
            rule("The source activity's event scope \\((.+?)\\) must be mapped",
                    "环节所属的事件范围“{1}”（边界事件所附的环节或事件子流程的上级）在新版本中没有对应或位置改变"),
            rule("Events are not of the same type", "新旧事件类型不同（例如定时改成了消息）"),
            rule("Cannot update event trigger because the activity does not define a persistent event trigger",
                    "该环节没有可更新的触发条件"),
            rule("Source activity '(.+?)' does not exist", "原版本中没有环节“{1}”"),
            rule("Target activity '(.+?)' does not exist", "新版本中没有环节“{1}”"),
            rule("to a process definition of a different tenant|without tenant to a process definition with a tenant",
                    "案件属于另一个县（或不属于任何县），不能迁到这个县的版本"),
            rule("between processes of different tenants", "源版本和目标版本属于不同的县"),
            rule("The process instance does not exist", "案件已经结束或不存在"),
            rule("does not match the source process definition", "案件已不在源版本上（可能已经迁移过）"));

    /** Lines that only say where a failure is ("Cannot migrate activity instance 'x':"), not why. */
    private static final Pattern HEADER = Pattern.compile("^(ENGINE-\\d+\\s+)?Cannot migrate (process|activity|transition) instance '[^']*':?\\s*$");
    private static final Pattern INSTANCE = Pattern.compile("process instance '([^']+)'");

    private MigrationReasons() {}

    /** One failure of the engine's reports, in Chinese. */
    static String chinese(String failure) {
        String text = failure == null ? "" : failure.strip();
        for (Rule rule : RULES) {
            Matcher matcher = rule.pattern().matcher(text);
            if (matcher.find()) {
                String chinese = rule.text();
                for (int group = 1; group <= matcher.groupCount(); group++) {
                    chinese = chinese.replace("{" + group + "}", String.valueOf(matcher.group(group)));
                }
                return chinese;
            }
        }
        return "引擎拒绝迁移：" + text;
    }

    /**
     * The reasons in a whole exception message, e.g. a failed batch job's ("ENGINE-23004 Cannot migrate process
     * instance 'x': Cannot migrate activity instance 'y': There is no migration instruction …"), each once.
     */
    static List<String> chineseLines(String message) {
        Set<String> reasons = new LinkedHashSet<>();
        for (String line : (message == null ? "" : message).split("\\R")) {
            String stripped = line.strip();
            if (!stripped.isEmpty() && !HEADER.matcher(stripped).matches()) {
                reasons.add(chinese(stripped));
            }
        }
        return reasons.isEmpty() ? List.of(chinese(message)) : new ArrayList<>(reasons);
    }

    /** The process instance an engine message names, if it names one. */
    static String instanceIn(String message) {
        Matcher matcher = INSTANCE.matcher(message == null ? "" : message);
        return matcher.find() ? matcher.group(1) : null;
    }

    private static Rule rule(String regex, String text) {
        return new Rule(Pattern.compile(regex), text);
    }
}
