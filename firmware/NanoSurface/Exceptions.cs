// Exceptions of package nanoFramework.CoreLibrary (repository nanoframework/CoreLibrary,
// nanoFramework.CoreLibrary/System/...). Core throws only its own InvariantViolationException (bugs); bad input
// is a typed result, never an exception.
namespace System
{
    // nanoFramework.CoreLibrary/System/Exception.cs
    public class Exception
    {
        protected int HResult;
        public Exception() { }
        public Exception(string message) { }
        public Exception(string message, Exception innerException) { }
        public virtual string Message => null;
        public Exception InnerException => null;
        public virtual string StackTrace => null;
        public override string ToString() => null;
    }

    // nanoFramework.CoreLibrary/System/SystemException.cs
    public class SystemException : Exception
    {
        public SystemException() { }
        public SystemException(string message) { }
        public SystemException(string message, Exception innerException) { }
    }

    // nanoFramework.CoreLibrary/System/ApplicationException.cs
    public class ApplicationException : Exception
    {
        public ApplicationException() { }
        public ApplicationException(string message) { }
        public ApplicationException(string message, Exception innerException) { }
    }

    // nanoFramework.CoreLibrary/System/ArgumentException.cs
    public class ArgumentException : SystemException
    {
        public ArgumentException() { }
        public ArgumentException(string message) { }
        public ArgumentException(string message, Exception innerException) { }
        public ArgumentException(string message, string paramName, Exception innerException) { }
        public ArgumentException(string message, string paramName) { }
        public override string Message => null;
        public virtual string ParamName => null;
    }

    // nanoFramework.CoreLibrary/System/ArgumentNullException.cs (ThrowIfNull is newer than the 1.x line: left out)
    public class ArgumentNullException : ArgumentException
    {
        public ArgumentNullException() { }
        public ArgumentNullException(string paramName) { }
        public ArgumentNullException(string paramName, string message) { }
    }

    // nanoFramework.CoreLibrary/System/ArgumentOutOfRangeException.cs
    public class ArgumentOutOfRangeException : ArgumentException
    {
        public ArgumentOutOfRangeException() { }
        public ArgumentOutOfRangeException(string paramName) { }
        public ArgumentOutOfRangeException(string paramName, string message) { }
    }

    // nanoFramework.CoreLibrary/System/IndexOutOfRangeException.cs
    public class IndexOutOfRangeException : SystemException
    {
        public IndexOutOfRangeException() { }
        public IndexOutOfRangeException(string message) { }
        public IndexOutOfRangeException(string message, Exception innerException) { }
    }

    // nanoFramework.CoreLibrary/System/InvalidCastException.cs
    public class InvalidCastException : SystemException
    {
        public InvalidCastException() { }
        public InvalidCastException(string message) { }
        public InvalidCastException(string message, Exception innerException) { }
    }

    // nanoFramework.CoreLibrary/System/InvalidOperationException.cs
    public class InvalidOperationException : SystemException
    {
        public InvalidOperationException() { }
        public InvalidOperationException(string message) { }
        public InvalidOperationException(string message, Exception innerException) { }
    }

    // nanoFramework.CoreLibrary/System/NotImplementedException.cs
    public class NotImplementedException : SystemException
    {
        public NotImplementedException() { }
        public NotImplementedException(string message) { }
        public NotImplementedException(string message, Exception innerException) { }
    }

    // nanoFramework.CoreLibrary/System/NotSupportedException.cs
    public class NotSupportedException : SystemException
    {
        public NotSupportedException() { }
        public NotSupportedException(string message) { }
        public NotSupportedException(string message, Exception innerException) { }
    }

    // nanoFramework.CoreLibrary/System/NullReferenceException.cs
    public class NullReferenceException : SystemException
    {
        public NullReferenceException() { }
        public NullReferenceException(string message) { }
        public NullReferenceException(string message, Exception innerException) { }
    }

    // nanoFramework.CoreLibrary/System/ObjectDisposedException.cs (derives from SystemException here)
    public class ObjectDisposedException : SystemException
    {
        public ObjectDisposedException() { }
        public ObjectDisposedException(string message) { }
        public ObjectDisposedException(string message, Exception innerException) { }
    }

    // nanoFramework.CoreLibrary/System/OutOfMemoryException.cs
    public class OutOfMemoryException : SystemException
    {
        public OutOfMemoryException() { }
        public OutOfMemoryException(string message) { }
        public OutOfMemoryException(string message, Exception innerException) { }
    }

    // nanoFramework.CoreLibrary/System/FormatException.cs
    public class FormatException : SystemException
    {
        public FormatException() { }
        public FormatException(string message) { }
        public FormatException(string message, Exception innerException) { }
    }

    // nanoFramework.CoreLibrary/System/PlatformNotSupportedException.cs (only the parameterless constructor)
    public class PlatformNotSupportedException : NotSupportedException
    {
        public PlatformNotSupportedException() { }
    }
}

namespace System.IO
{
    // nanoFramework.CoreLibrary/System/IO/IOException.cs
    public class IOException : SystemException
    {
        public IOException() { }
        public IOException(string message) { }
        public IOException(string message, int hresult) { }
        public IOException(string message, Exception innerException) { }
    }
}
