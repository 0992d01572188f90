package vn.thidua.workflow.award;

import camundajar.impl.scala.collection.immutable.Map.Map1;
import camundajar.impl.scala.runtime.BoxesRunTime;
import camundajar.impl.scala.util.Either;
import camundajar.impl.scala.util.Left;
import camundajar.impl.scala.util.Right;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.camunda.bpm.dmn.feel.impl.scala.ContextVariableWrapper;
import org.camunda.bpm.dmn.feel.impl.scala.ScalaFeelEngine;
import org.camunda.bpm.dmn.feel.impl.scala.function.FeelCustomFunctionProvider;
import org.camunda.bpm.engine.variable.context.VariableContext;
import org.camunda.feel.FeelEngine.Failure;
import org.camunda.feel.FeelEngine.UnaryTests$;
import org.camunda.feel.api.EvaluationResult;
import org.camunda.feel.context.CustomContext;
import org.camunda.feel.context.VariableProvider;
import org.camunda.feel.context.VariableProvider.CompositeVariableProvider;
import org.camunda.feel.context.VariableProvider.StaticVariableProvider;
import org.camunda.feel.impl.interpreter.EvalContext;
import org.camunda.feel.syntaxtree.ParsedExpression;

/**
 * The process engine's FEEL (Camunda's Scala FEEL engine with the same value mappers and custom
 * functions) without the two costs it pays at every evaluation, measured at 1.5–2 ms per decision
 * of our 13-row table (0.1 ms here, see README "Awards", benchmark):
 * <ul>
 * <li>Camunda's {@link ScalaFeelEngine} hands the expression's text to the FEEL engine each time,
 * which parses it again ({@code evalUnaryTests(text, context)} is {@code parseUnaryTests(text)} then
 * {@code eval(parsed, context)}): here each text is parsed and validated once;</li>
 * <li>the FEEL engine (feel-scala 1.19) builds its root context, with every built-in function, for
 * each evaluation ({@code FeelEngine.rootContext()}, 95% of the time in a profile): here it is built
 * once and each evaluation merges its variables into it, as {@code FeelEngine.evaluate} does. The
 * root context and the evaluation step are private to the FEEL engine and reached by reflection;
 * when they are not there (another feel-scala version) the public, slower path is used.</li>
 * </ul>
 * Variables are given to an expression in exactly the context {@code ScalaFeelEngine} builds; an
 * expression that does not parse or validate goes to {@code ScalaFeelEngine}, which reports it as
 * always. {@code EligibilityDmnTest} checks that this gives what the engine gives for every row.
 */
final class ParsedOnceFeelEngine extends ScalaFeelEngine {

    private final Map<String, Optional<ParsedExpression>> unaryTests = new ConcurrentHashMap<>();
    private final Map<String, Optional<ParsedExpression>> expressions = new ConcurrentHashMap<>();
    private final Internals internals;

    /** The FEEL engine's root context (built once) and its private evaluation and validation steps. */
    private record Internals(EvalContext root, Method eval, Method validate) {
    }

    ParsedOnceFeelEngine(List<FeelCustomFunctionProvider> functionProviders) {
        super(functionProviders);
        this.internals = internals(feelEngine);
    }

    /** Whether the built-in functions are built once (false: the FEEL engine's public path is used). */
    boolean rootContextBuiltOnce() {
        return internals != null;
    }

    private static Internals internals(org.camunda.feel.FeelEngine feel) {
        try {
            Method root = org.camunda.feel.FeelEngine.class.getDeclaredMethod("rootContext");
            Method eval = org.camunda.feel.FeelEngine.class.getDeclaredMethod("eval", ParsedExpression.class, EvalContext.class);
            Method validate = org.camunda.feel.FeelEngine.class.getDeclaredMethod("validate", ParsedExpression.class);
            root.setAccessible(true);
            eval.setAccessible(true);
            validate.setAccessible(true);
            return new Internals((EvalContext) root.invoke(feel), eval, validate);
        } catch (ReflectiveOperationException | RuntimeException e) {
            return null;
        }
    }

    @Override
    @SuppressWarnings("unchecked")
    public <T> T evaluateSimpleExpression(String expression, VariableContext variableContext) {
        Optional<ParsedExpression> parsed = expressions.computeIfAbsent(expression, e -> valid(feelEngine.parseExpression(e)));
        if (parsed.isEmpty()) {
            return super.evaluateSimpleExpression(expression, variableContext);
        }
        CustomContext context = new CustomContext() {
            @Override
            public VariableProvider variableProvider() {
                return new ContextVariableWrapper(variableContext);
            }
        };
        return (T) evaluate(parsed.get(), context);
    }

    @Override
    public boolean evaluateSimpleUnaryTests(String expression, String inputVariable, VariableContext variableContext) {
        Optional<ParsedExpression> parsed = unaryTests.computeIfAbsent(expression, e -> valid(feelEngine.parseUnaryTests(e)));
        if (parsed.isEmpty()) {
            return super.evaluateSimpleUnaryTests(expression, inputVariable, variableContext);
        }
        StaticVariableProvider input = new StaticVariableProvider(new Map1<>(UnaryTests$.MODULE$.inputVariable(), inputVariable));
        ContextVariableWrapper variables = new ContextVariableWrapper(variableContext);
        CustomContext context = new CustomContext() {
            @Override
            public VariableProvider variableProvider() {
                return new CompositeVariableProvider(toScalaList(input, variables));
            }
        };
        return BoxesRunTime.unboxToBoolean(evaluate(parsed.get(), context));
    }

    /** The parsed expression when it parsed and (with the internals) validated; else empty. */
    @SuppressWarnings("unchecked")
    private Optional<ParsedExpression> valid(Either<Failure, ParsedExpression> parsed) {
        if (!(parsed instanceof Right<Failure, ParsedExpression> right)) {
            return Optional.empty();
        }
        if (internals == null) {
            return Optional.of(right.value());
        }
        try {
            Either<Failure, ParsedExpression> validated = (Either<Failure, ParsedExpression>) internals.validate().invoke(feelEngine, right.value());
            return validated instanceof Right<Failure, ParsedExpression> ok ? Optional.of(ok.value()) : Optional.empty();
        } catch (ReflectiveOperationException e) {
            return Optional.empty();
        }
    }

    private Object evaluate(ParsedExpression expression, CustomContext context) {
        if (internals == null) {
            return value(feelEngine.eval(expression, context));
        }
        try {
            EvaluationResult result = (EvaluationResult) internals.eval().invoke(feelEngine, expression, internals.root().merge(context));
            return value(result.toEither());
        } catch (InvocationTargetException e) {
            throw LOGGER.evaluationException(String.valueOf(e.getCause()));
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Object value(Either<Failure, Object> result) {
        if (result instanceof Left<Failure, Object> left) {
            throw LOGGER.evaluationException(left.value().message());
        }
        return ((Right<Failure, Object>) result).value();
    }
}
