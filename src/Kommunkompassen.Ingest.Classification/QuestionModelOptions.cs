namespace Kommunkompassen.Ingest.Classification;

/// <summary>The multiclass trainers compared for the classifier.</summary>
public enum QuestionTrainer
{
    /// <summary>Maximum entropy by L-BFGS (the default, chosen by measurement: see the README).</summary>
    Lbfgs,

    /// <summary>Maximum entropy by stochastic dual coordinate ascent.</summary>
    Sdca,

    /// <summary>One-versus-all averaged perceptrons.</summary>
    AveragedPerceptron,
}

/// <summary>Trainer settings of a <see cref="QuestionModel"/>; <see cref="Default"/> is the measured choice.</summary>
public sealed record QuestionModelOptions(QuestionTrainer Trainer = QuestionTrainer.Lbfgs, float L2Regularization = 1e-3f)
{
    public static QuestionModelOptions Default { get; } = new();
}
