// Exceptions of nanoFramework's mscorlib (nanoframework/CoreLibrary, nanoFramework.CoreLibrary/System/...).
namespace System
{
    // nanoFramework.CoreLibrary/System/Exception.cs
    public class Exception
    {
        public Exception() { }
        public Exception(string message) { }
        public Exception(string message, Exception innerException) { }
        public virtual string Message => null;
        public Exception InnerException => null;
        public virtual string StackTrace => null;
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
        public ArgumentException(string message, string paramName) { }
        public virtual string ParamName => null;
    }

    // nanoFramework.CoreLibrary/System/ArgumentNullException.cs
    public class ArgumentNullException : ArgumentException
    {
        public ArgumentNullException() { }
        public ArgumentNullException(string argument) { }
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
    public sealed class IndexOutOfRangeException : SystemException
    {
        public IndexOutOfRangeException() { }
        public IndexOutOfRangeException(string message) { }
    }

    // nanoFramework.CoreLibrary/System/InvalidCastException.cs
    public class InvalidCastException : SystemException
    {
        public InvalidCastException() { }
        public InvalidCastException(string message) { }
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
    }

    // nanoFramework.CoreLibrary/System/NotSupportedException.cs
    public class NotSupportedException : SystemException
    {
        public NotSupportedException() { }
        public NotSupportedException(string message) { }
    }

    // nanoFramework.CoreLibrary/System/NullReferenceException.cs
    public class NullReferenceException : SystemException
    {
        public NullReferenceException() { }
        public NullReferenceException(string message) { }
    }

    // nanoFramework.CoreLibrary/System/ObjectDisposedException.cs
    public class ObjectDisposedException : InvalidOperationException
    {
        public ObjectDisposedException() { }
        public ObjectDisposedException(string objectName) { }
    }

    // nanoFramework.CoreLibrary/System/OutOfMemoryException.cs
    public sealed class OutOfMemoryException : SystemException
    {
        public OutOfMemoryException() { }
        public OutOfMemoryException(string message) { }
    }

    // nanoFramework.CoreLibrary/System/FormatException.cs
    public class FormatException : SystemException
    {
        public FormatException() { }
        public FormatException(string message) { }
    }

    // nanoFramework.CoreLibrary/System/PlatformNotSupportedException.cs
    public class PlatformNotSupportedException : NotSupportedException
    {
        public PlatformNotSupportedException() { }
        public PlatformNotSupportedException(string message) { }
    }
}

namespace System.IO
{
    // nanoFramework.CoreLibrary/System/IO/IOException.cs
    public class IOException : SystemException
    {
        public IOException() { }
        public IOException(string message) { }
    }
}
