using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Generals.NanoGate.Analyzer;

/// <summary>Reports the language features nanoFramework 1.17 cannot run, whether or not the compiler accepts them.</summary>
/// <remarks>
/// The real mscorlib 1.17.11 already lacks most generic library types (List, Nullable, Span, Task, ValueTuple...),
/// so the compiler rejects them; but it declares Action&lt;T&gt;, Func&lt;T&gt; and EventHandler&lt;T&gt;, and it cannot
/// reject what Core declares or the compiler synthesises itself. Those are looked for here, mostly syntactically, so
/// each rule holds (and is reported by name) whatever mscorlib and the package surfaces declare, and even when the
/// compiler has already failed on the same line.
/// </remarks>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class NanoFeatureAnalyzer : DiagnosticAnalyzer
{
    /// <inheritdoc />
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(
        NanoRules.GenericType,
        NanoRules.GenericMethod,
        NanoRules.Iterator,
        NanoRules.Dynamic,
        NanoRules.Record,
        NanoRules.InitAccessor,
        NanoRules.StackAlloc,
        NanoRules.Unsafe,
        NanoRules.AnonymousType,
        NanoRules.MultiDimensionalArray,
        NanoRules.GenericUse,
        NanoRules.NullableType,
        NanoRules.Tuple,
        NanoRules.Query,
        NanoRules.Async,
        NanoRules.Reflection);

    /// <inheritdoc />
    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.Analyze | GeneratedCodeAnalysisFlags.ReportDiagnostics);
        context.EnableConcurrentExecution();

        context.RegisterSyntaxNodeAction(
            OnTypeDeclaration,
            SyntaxKind.ClassDeclaration,
            SyntaxKind.StructDeclaration,
            SyntaxKind.InterfaceDeclaration,
            SyntaxKind.RecordDeclaration,
            SyntaxKind.RecordStructDeclaration,
            SyntaxKind.DelegateDeclaration);
        context.RegisterSyntaxNodeAction(OnMethodDeclaration, SyntaxKind.MethodDeclaration, SyntaxKind.LocalFunctionStatement);
        context.RegisterSyntaxNodeAction(OnYield, SyntaxKind.YieldReturnStatement, SyntaxKind.YieldBreakStatement);
        context.RegisterSyntaxNodeAction(OnIdentifier, SyntaxKind.IdentifierName);
        context.RegisterSyntaxNodeAction(OnInitAccessor, SyntaxKind.InitAccessorDeclaration);
        context.RegisterSyntaxNodeAction(
            OnStackAlloc,
            SyntaxKind.StackAllocArrayCreationExpression,
            SyntaxKind.ImplicitStackAllocArrayCreationExpression);
        context.RegisterSyntaxTreeAction(OnSyntaxTree);
        context.RegisterSyntaxNodeAction(OnAnonymousObject, SyntaxKind.AnonymousObjectCreationExpression);
        context.RegisterSyntaxNodeAction(OnArrayRank, SyntaxKind.ArrayRankSpecifier);
        context.RegisterSyntaxNodeAction(OnImplicitArray, SyntaxKind.ImplicitArrayCreationExpression);
        context.RegisterSyntaxNodeAction(OnGenericName, SyntaxKind.GenericName);
        context.RegisterSyntaxNodeAction(OnInvocation, SyntaxKind.InvocationExpression);
        context.RegisterSyntaxNodeAction(OnNullableType, SyntaxKind.NullableType);
        context.RegisterSyntaxNodeAction(OnTuple, SyntaxKind.TupleType, SyntaxKind.TupleExpression);
        context.RegisterSyntaxNodeAction(OnQuery, SyntaxKind.QueryExpression);
        context.RegisterSyntaxNodeAction(OnTypeOf, SyntaxKind.TypeOfExpression);
    }

    private static void OnTypeDeclaration(SyntaxNodeAnalysisContext context)
    {
        switch (context.Node)
        {
            case RecordDeclarationSyntax record:
                context.ReportDiagnostic(Diagnostic.Create(NanoRules.Record, record.Identifier.GetLocation(), record.Identifier.ValueText));
                ReportTypeParameters(context, record.TypeParameterList, record.Identifier);
                break;
            case TypeDeclarationSyntax type:
                ReportTypeParameters(context, type.TypeParameterList, type.Identifier);
                break;
            case DelegateDeclarationSyntax @delegate:
                ReportTypeParameters(context, @delegate.TypeParameterList, @delegate.Identifier);
                break;
        }
    }

    private static void ReportTypeParameters(SyntaxNodeAnalysisContext context, TypeParameterListSyntax? parameters, SyntaxToken name)
    {
        if (parameters is not null && parameters.Parameters.Count > 0)
        {
            context.ReportDiagnostic(Diagnostic.Create(NanoRules.GenericType, name.GetLocation(), name.ValueText + parameters));
        }
    }

    private static void OnMethodDeclaration(SyntaxNodeAnalysisContext context)
    {
        (SyntaxToken name, TypeParameterListSyntax? parameters) = context.Node switch
        {
            MethodDeclarationSyntax method => (method.Identifier, method.TypeParameterList),
            LocalFunctionStatementSyntax local => (local.Identifier, local.TypeParameterList),
            _ => (default, null),
        };

        if (parameters is not null && parameters.Parameters.Count > 0)
        {
            context.ReportDiagnostic(Diagnostic.Create(NanoRules.GenericMethod, name.GetLocation(), name.ValueText + parameters));
        }
    }

    private static void OnYield(SyntaxNodeAnalysisContext context)
    {
        SyntaxNode? owner = context.Node.FirstAncestorOrSelf<SyntaxNode>(n =>
            n is MethodDeclarationSyntax or LocalFunctionStatementSyntax or AccessorDeclarationSyntax or OperatorDeclarationSyntax);
        string name = owner switch
        {
            MethodDeclarationSyntax method => method.Identifier.ValueText,
            LocalFunctionStatementSyntax local => local.Identifier.ValueText,
            AccessorDeclarationSyntax accessor => accessor.Keyword.ValueText,
            _ => "member",
        };
        context.ReportDiagnostic(Diagnostic.Create(NanoRules.Iterator, ((YieldStatementSyntax)context.Node).YieldKeyword.GetLocation(), name));
    }

    private static void OnIdentifier(SyntaxNodeAnalysisContext context)
    {
        var identifier = (IdentifierNameSyntax)context.Node;
        string text = identifier.Identifier.ValueText;
        if (text == "dynamic")
        {
            if (context.SemanticModel.GetSymbolInfo(identifier, context.CancellationToken).Symbol is ITypeSymbol { TypeKind: TypeKind.Dynamic })
            {
                context.ReportDiagnostic(Diagnostic.Create(NanoRules.Dynamic, identifier.GetLocation()));
            }

            return;
        }

        // Binding every identifier would be slow; reflection is reached only through these names.
        if (text is "GetType" or "Type" or "Assembly" or "MethodInfo" or "FieldInfo" or "PropertyInfo" or "ConstructorInfo" or "MemberInfo" or "BindingFlags"
            && IsReflection(context.SemanticModel.GetSymbolInfo(identifier, context.CancellationToken).Symbol))
        {
            context.ReportDiagnostic(Diagnostic.Create(NanoRules.Reflection, identifier.GetLocation(), text));
        }
    }

    private static bool IsReflection(ISymbol? symbol) => symbol switch
    {
        IMethodSymbol { Name: "GetType", Parameters.Length: 0 } method => method.ContainingType?.SpecialType == SpecialType.System_Object,
        INamedTypeSymbol type => type.ToDisplayString() == "System.Type"
            || (type.ContainingNamespace?.ToDisplayString() == "System.Reflection" && !DerivesFromAttribute(type)),
        _ => false,
    };

    private static bool DerivesFromAttribute(INamedTypeSymbol type)
    {
        for (INamedTypeSymbol? t = type; t is not null; t = t.BaseType)
        {
            if (t.ToDisplayString() == "System.Attribute")
            {
                return true;
            }
        }

        return false;
    }

    private static void OnTypeOf(SyntaxNodeAnalysisContext context) =>
        context.ReportDiagnostic(Diagnostic.Create(NanoRules.Reflection, context.Node.GetLocation(), context.Node.ToString()));

    private static void OnArrayRank(SyntaxNodeAnalysisContext context)
    {
        var rank = (ArrayRankSpecifierSyntax)context.Node;
        if (rank.Rank > 1)
        {
            context.ReportDiagnostic(Diagnostic.Create(NanoRules.MultiDimensionalArray, rank.GetLocation(), rank.Parent?.ToString() ?? rank.ToString()));
        }
    }

    private static void OnImplicitArray(SyntaxNodeAnalysisContext context)
    {
        var creation = (ImplicitArrayCreationExpressionSyntax)context.Node;
        if (creation.Commas.Count > 0)
        {
            context.ReportDiagnostic(Diagnostic.Create(NanoRules.MultiDimensionalArray, creation.NewKeyword.GetLocation(), "new[" + new string(',', creation.Commas.Count) + "]"));
        }
    }

    // A generic name in source is always a use (declarations carry a type parameter list instead), whether or not it
    // binds: List<int> does not exist in mscorlib 1.17, Action<int> does, and neither runs on the 1.x runtime.
    private static void OnGenericName(SyntaxNodeAnalysisContext context) =>
        context.ReportDiagnostic(Diagnostic.Create(NanoRules.GenericUse, context.Node.GetLocation(), context.Node.ToString()));

    // A generic method called with inferred type arguments has no generic name in source.
    private static void OnInvocation(SyntaxNodeAnalysisContext context)
    {
        var invocation = (InvocationExpressionSyntax)context.Node;
        if (invocation.Expression is GenericNameSyntax || (invocation.Expression is MemberAccessExpressionSyntax { Name: GenericNameSyntax }))
        {
            return;
        }

        if (context.SemanticModel.GetSymbolInfo(invocation, context.CancellationToken).Symbol is IMethodSymbol { IsGenericMethod: true } method)
        {
            context.ReportDiagnostic(Diagnostic.Create(NanoRules.GenericUse, invocation.Expression.GetLocation(), method.ToDisplayString()));
        }
    }

    private static void OnNullableType(SyntaxNodeAnalysisContext context) =>
        context.ReportDiagnostic(Diagnostic.Create(NanoRules.NullableType, context.Node.GetLocation(), context.Node.ToString()));

    private static void OnTuple(SyntaxNodeAnalysisContext context)
    {
        // A tuple literal that is the target or source of a deconstruction into a tuple type is reported once.
        if (context.Node.Parent is TupleExpressionSyntax or TupleTypeSyntax)
        {
            return;
        }

        context.ReportDiagnostic(Diagnostic.Create(NanoRules.Tuple, context.Node.GetLocation(), context.Node.ToString()));
    }

    private static void OnQuery(SyntaxNodeAnalysisContext context) =>
        context.ReportDiagnostic(Diagnostic.Create(NanoRules.Query, context.Node.GetLocation()));

    private static void OnInitAccessor(SyntaxNodeAnalysisContext context)
    {
        var accessor = (AccessorDeclarationSyntax)context.Node;
        string owner = accessor.Parent?.Parent switch
        {
            PropertyDeclarationSyntax property => property.Identifier.ValueText,
            IndexerDeclarationSyntax => "this[]",
            _ => "property",
        };
        context.ReportDiagnostic(Diagnostic.Create(NanoRules.InitAccessor, accessor.Keyword.GetLocation(), owner));
    }

    private static void OnStackAlloc(SyntaxNodeAnalysisContext context)
    {
        SyntaxToken keyword = context.Node switch
        {
            StackAllocArrayCreationExpressionSyntax explicitForm => explicitForm.StackAllocKeyword,
            ImplicitStackAllocArrayCreationExpressionSyntax implicitForm => implicitForm.StackAllocKeyword,
            _ => default,
        };
        context.ReportDiagnostic(Diagnostic.Create(NanoRules.StackAlloc, keyword.GetLocation()));
    }

    // `unsafe` and `async` as a modifier of any declaration, lambda or local function (or `unsafe` as a statement):
    // one scan of the tokens covers every form. `async` used as an identifier is an identifier token, not this
    // keyword; `await` needs `async`, so it is reported through it.
    private static void OnSyntaxTree(SyntaxTreeAnalysisContext context)
    {
        foreach (SyntaxToken token in context.Tree.GetRoot(context.CancellationToken).DescendantTokens())
        {
            if (token.IsKind(SyntaxKind.UnsafeKeyword))
            {
                context.ReportDiagnostic(Diagnostic.Create(NanoRules.Unsafe, token.GetLocation()));
            }
            else if (token.IsKind(SyntaxKind.AsyncKeyword))
            {
                context.ReportDiagnostic(Diagnostic.Create(NanoRules.Async, token.GetLocation(), "async"));
            }
        }
    }

    private static void OnAnonymousObject(SyntaxNodeAnalysisContext context) =>
        context.ReportDiagnostic(Diagnostic.Create(NanoRules.AnonymousType, ((AnonymousObjectCreationExpressionSyntax)context.Node).NewKeyword.GetLocation()));
}
