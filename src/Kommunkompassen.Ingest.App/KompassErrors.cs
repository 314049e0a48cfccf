namespace Kommunkompassen.Ingest.App;

/// <summary>
/// A request that cannot be run as given (an unknown municipality, a framework without a model, a
/// missing folder): the caller asked for something wrong. A command line reports it as a usage error.
/// </summary>
public sealed class KompassRequestException : Exception
{
    public KompassRequestException(string message)
        : base(message)
    {
    }

    public KompassRequestException()
    {
    }

    public KompassRequestException(string message, Exception inner)
        : base(message, inner)
    {
    }
}

/// <summary>
/// A well-formed request whose input could not be used (a file that is no report, an empty
/// archive, no models): the message is one line that says why.
/// </summary>
public sealed class KompassOperationException : Exception
{
    public KompassOperationException(string message)
        : base(message)
    {
    }

    public KompassOperationException()
    {
    }

    public KompassOperationException(string message, Exception inner)
        : base(message, inner)
    {
    }
}

/// <summary>
/// The archive is being written by another ingest (in this process or another): nothing was done;
/// the message is one line that names the archive and the writer. A command line exits 75 (EX_TEMPFAIL).
/// </summary>
public sealed class KompassBusyException : Exception
{
    public KompassBusyException(string message)
        : base(message)
    {
    }

    public KompassBusyException()
    {
    }

    public KompassBusyException(string message, Exception inner)
        : base(message, inner)
    {
    }
}
