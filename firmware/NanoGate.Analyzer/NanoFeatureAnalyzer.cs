using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Generals.NanoGate.Analyzer;

/// <summary>Reports the language features the compiler accepts against NanoSurface but nanoFramework 1.17 cannot run.</summary>
/// <remarks>
/// The surface already rejects every generic library type (List, Nullable, Span, Task, ValueTuple...), because it
/// does not declare them. What it cannot reject is what Core declares or the compiler synthesises itself; those
/// are looked for here, syntactically, so the rule holds whatever the surface declares.
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
        NanoRules.AnonymousType);

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
        if (identifier.Identifier.ValueText != "dynamic")
        {
            return;
        }

        if (context.SemanticModel.GetSymbolInfo(identifier, context.CancellationToken).Symbol is ITypeSymbol { TypeKind: TypeKind.Dynamic })
        {
            context.ReportDiagnostic(Diagnostic.Create(NanoRules.Dynamic, identifier.GetLocation()));
        }
    }

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

    // `unsafe` as a modifier of any declaration or as a statement: one scan of the tokens covers every form.
    private static void OnSyntaxTree(SyntaxTreeAnalysisContext context)
    {
        foreach (SyntaxToken token in context.Tree.GetRoot(context.CancellationToken).DescendantTokens())
        {
            if (token.IsKind(SyntaxKind.UnsafeKeyword))
            {
                context.ReportDiagnostic(Diagnostic.Create(NanoRules.Unsafe, token.GetLocation()));
            }
        }
    }

    private static void OnAnonymousObject(SyntaxNodeAnalysisContext context) =>
        context.ReportDiagnostic(Diagnostic.Create(NanoRules.AnonymousType, ((AnonymousObjectCreationExpressionSyntax)context.Node).NewKeyword.GetLocation()));
}
