package org.lvflex.experiments.cli;

import java.util.Arrays;
import java.util.List;
import org.lvflex.scenario.ModelType;
import org.lvflex.scenario.schema.SchemaWalker;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * A smart-charging model named on the command line, read as {@code model.type} is read in a
 * scenario file: any case, '-' for '_', and a did-you-mean for a misspelt name. A bad name is a
 * usage error (exit 2).
 */
public final class ModelTypeConverter implements ITypeConverter<ModelType> {
    private static final List<String> NAMES = Arrays.stream(ModelType.values()).map(Enum::name).toList();

    @Override
    public ModelType convert(String value) {
        String name = SchemaWalker.matchEnum(value.trim(), NAMES);
        if (name == null) {
            throw new TypeConversionException("got \"" + value + "\", expected " + SchemaWalker.enumExpectation(value.trim(), NAMES));
        }
        return ModelType.valueOf(name);
    }
}
