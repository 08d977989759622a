package dev.wireetl.jobs.extract;

import dev.wireetl.common.syntax.SyntaxModel;
import dev.wireetl.jobs.spark.HadoopConf;

/** The syntax model of {@code nlp.syntax-model-path}, loaded once per executor JVM for every step that parses. */
public final class SyntaxModels {
    private SyntaxModels() {
    }

    public static SyntaxModel shared(HadoopConf hadoopConf, String modelPath) {
        return SyntaxModel.shared(modelPath, EntityStep.opener(hadoopConf, modelPath));
    }
}
