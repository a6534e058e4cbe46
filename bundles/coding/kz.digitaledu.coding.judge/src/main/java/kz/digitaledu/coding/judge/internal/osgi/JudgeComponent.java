package kz.digitaledu.coding.judge.internal.osgi;

import java.nio.file.Path;
import java.util.List;
import kz.digitaledu.coding.judge.Judge;
import kz.digitaledu.coding.judge.JudgeException;
import kz.digitaledu.coding.judge.JudgeHealth;
import kz.digitaledu.coding.judge.JudgeResult;
import kz.digitaledu.coding.judge.LanguageConfig;
import kz.digitaledu.coding.judge.Submission;
import kz.digitaledu.coding.judge.Task;
import kz.digitaledu.coding.judge.internal.JudgeConfig;
import kz.digitaledu.coding.judge.internal.JudgeEngine;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/**
 * The judge engine as an OSGi service (PID {@code kz.digitaledu.coding.judge}). The engine detects
 * the cgroup layer at start; where limits cannot be enforced it stays registered, reports why in
 * {@link #health()} and refuses to judge.
 */
@Component(service = Judge.class, configurationPid = "kz.digitaledu.coding.judge")
@Designate(ocd = JudgeComponent.Settings.class)
public class JudgeComponent implements Judge {

    @ObjectClassDefinition(id = "kz.digitaledu.coding.judge", name = "Digital Education judge")
    public @interface Settings {
        @AttributeDefinition(description = "Working directory for compiles and runs (empty: <tmp>/digitaledu-judge)")
        String workRoot() default "";

        @AttributeDefinition(description = "Tests run in parallel (0: twice the CPU count)")
        int parallelism() default 0;

        @AttributeDefinition(description = "Operator's languages file adding or overriding languages (empty: built-in)")
        String languagesFile() default "";

        @AttributeDefinition(description = "Build warm artefacts (precompiled C++ header, javac archive) at start")
        boolean prepare() default true;
    }

    private final JudgeEngine engine;

    @Activate
    public JudgeComponent(Settings settings) throws JudgeException {
        JudgeConfig config = JudgeConfig.defaults().withPrepare(settings.prepare());
        if (!settings.workRoot().isBlank()) {
            config = config.withWorkRoot(Path.of(settings.workRoot()));
        }
        if (settings.parallelism() > 0) {
            config = config.withParallelism(settings.parallelism());
        }
        if (!settings.languagesFile().isBlank()) {
            config = config.withLanguagesFile(Path.of(settings.languagesFile()));
        }
        this.engine = new JudgeEngine(config);
    }

    @Deactivate
    void deactivate() {
        engine.close();
    }

    @Override
    public JudgeResult judge(Task task, Submission submission) throws JudgeException {
        return engine.judge(task, submission);
    }

    @Override
    public Task loadTask(Path packageDir) throws JudgeException {
        return engine.loadTask(packageDir);
    }

    @Override
    public void verifyTask(Task task) throws JudgeException {
        engine.verifyTask(task);
    }

    @Override
    public JudgeHealth health() {
        return engine.health();
    }

    @Override
    public List<LanguageConfig> languages() {
        return engine.languages();
    }
}
