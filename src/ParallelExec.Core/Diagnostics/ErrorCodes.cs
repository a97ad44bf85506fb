using System.Collections.Generic;
using System.Linq;

namespace ParallelExec.Diagnostics;

/// <summary>
/// Every code the module emits, declared once. A code's section in docs/reference/errors.md or validation-codes.md
/// (as its <see cref="ErrorCode.Scope"/> says) explains it; Docs.Tests checks both ways by reflection over this class.
/// To add a code: declare it here, use it, and document it.
/// </summary>
public static class ErrorCodes
{
    // Paths and input of every reader
    public static readonly ErrorCode PathEmpty = new(nameof(PathEmpty), DiagnosticKind.InvalidArgument, ErrorScope.Cmdlet);
    public static readonly ErrorCode PlanPathNotFound = new(nameof(PlanPathNotFound), DiagnosticKind.NotFound, ErrorScope.Cmdlet);
    public static readonly ErrorCode PlanPathInvalid = new(nameof(PlanPathInvalid), DiagnosticKind.InvalidArgument, ErrorScope.Cmdlet);
    public static readonly ErrorCode PlanPathNotFileSystem = new(nameof(PlanPathNotFileSystem), DiagnosticKind.InvalidArgument, ErrorScope.Cmdlet);
    public static readonly ErrorCode InvalidAchievementId = new(nameof(InvalidAchievementId), DiagnosticKind.InvalidArgument, ErrorScope.Cmdlet);
    public static readonly ErrorCode AchievementNotFound = new(nameof(AchievementNotFound), DiagnosticKind.NotFound, ErrorScope.Cmdlet);
    public static readonly ErrorCode LevelNotFound = new(nameof(LevelNotFound), DiagnosticKind.NotFound, ErrorScope.Cmdlet);
    public static readonly ErrorCode AmbiguousAchievement = new(nameof(AmbiguousAchievement), DiagnosticKind.InvalidArgument, ErrorScope.Cmdlet);
    public static readonly ErrorCode NoPlan = new(nameof(NoPlan), DiagnosticKind.InvalidArgument, ErrorScope.Cmdlet);

    // Reading PLANs and workspaces
    public static readonly ErrorCode PlanNotFoundInFolder = new(nameof(PlanNotFoundInFolder), DiagnosticKind.NotFound, ErrorScope.Cmdlet);
    public static readonly ErrorCode PlanFileNotFound = new(nameof(PlanFileNotFound), DiagnosticKind.NotFound, ErrorScope.Cmdlet);
    public static readonly ErrorCode PlanFileTooLarge = new(nameof(PlanFileTooLarge), DiagnosticKind.LimitsExceeded, ErrorScope.Cmdlet);
    public static readonly ErrorCode PlanFileUnreadable = new(nameof(PlanFileUnreadable), DiagnosticKind.ReadError, ErrorScope.Cmdlet);
    public static readonly ErrorCode PlanFileBinary = new(nameof(PlanFileBinary), DiagnosticKind.InvalidData, ErrorScope.Cmdlet);
    public static readonly ErrorCode PlanInvalidUtf8 = new(nameof(PlanInvalidUtf8), DiagnosticKind.InvalidData, ErrorScope.Cmdlet);
    public static readonly ErrorCode PlanFileEmpty = new(nameof(PlanFileEmpty), DiagnosticKind.InvalidData, ErrorScope.Cmdlet);
    public static readonly ErrorCode PlanHasNoAchievements = new(nameof(PlanHasNoAchievements), DiagnosticKind.InvalidData, ErrorScope.Cmdlet);
    public static readonly ErrorCode PlanFileMissing = new(nameof(PlanFileMissing), DiagnosticKind.NotFound, ErrorScope.Cmdlet);
    public static readonly ErrorCode FolderUnreadable = new(nameof(FolderUnreadable), DiagnosticKind.ReadError, ErrorScope.Cmdlet);
    public static readonly ErrorCode DependenciesAssumed = new(nameof(DependenciesAssumed), DiagnosticKind.InvalidData, ErrorScope.Cmdlet);
    public static readonly ErrorCode RegistryInvalidJson = new(nameof(RegistryInvalidJson), DiagnosticKind.InvalidData, ErrorScope.Cmdlet);
    public static readonly ErrorCode RegistryEntryIgnored = new(nameof(RegistryEntryIgnored), DiagnosticKind.InvalidData, ErrorScope.Cmdlet);
    public static readonly ErrorCode RegistryDuplicateId = new(nameof(RegistryDuplicateId), DiagnosticKind.InvalidData, ErrorScope.Cmdlet);
    public static readonly ErrorCode RegistryLevelConflict = new(nameof(RegistryLevelConflict), DiagnosticKind.InvalidData, ErrorScope.Cmdlet);

    // Hostile input of the readers (issue 18): a path that is not a regular file, an id written in other digits
    public static readonly ErrorCode FileNotRegular = new(nameof(FileNotRegular), DiagnosticKind.ReadError, ErrorScope.Cmdlet);
    public static readonly ErrorCode AchievementIdNotAscii = new(nameof(AchievementIdNotAscii), DiagnosticKind.InvalidData, ErrorScope.Cmdlet);

    // The registry file, for the readers and Test-ParallelJson
    public static readonly ErrorCode RegistryFileNotFound = new(nameof(RegistryFileNotFound), DiagnosticKind.NotFound, ErrorScope.Both);
    public static readonly ErrorCode RegistryFileTooLarge = new(nameof(RegistryFileTooLarge), DiagnosticKind.LimitsExceeded, ErrorScope.Both);
    public static readonly ErrorCode RegistryFileUnreadable = new(nameof(RegistryFileUnreadable), DiagnosticKind.ReadError, ErrorScope.Both);
    public static readonly ErrorCode RegistryFileBinary = new(nameof(RegistryFileBinary), DiagnosticKind.InvalidData, ErrorScope.Both);
    public static readonly ErrorCode RegistryInvalidUtf8 = new(nameof(RegistryInvalidUtf8), DiagnosticKind.InvalidData, ErrorScope.Both);

    // Dependencies: the PLAN's (warnings of the readers) and the registry's (Test-ParallelJson records)
    public static readonly ErrorCode SelfDependency = new(nameof(SelfDependency), DiagnosticKind.InvalidData, ErrorScope.Both);
    public static readonly ErrorCode UnknownDependency = new(nameof(UnknownDependency), DiagnosticKind.InvalidData, ErrorScope.Both);
    public static readonly ErrorCode UnknownBlock = new(nameof(UnknownBlock), DiagnosticKind.InvalidData, ErrorScope.Both);
    public static readonly ErrorCode CircularDependency = new(nameof(CircularDependency), DiagnosticKind.InvalidData, ErrorScope.Both);

    // Test-ParallelJson: records
    public static readonly ErrorCode Valid = new(nameof(Valid), DiagnosticKind.InvalidData, ErrorScope.Validation);
    public static readonly ErrorCode InvalidJson = new(nameof(InvalidJson), DiagnosticKind.InvalidData, ErrorScope.Validation);
    public static readonly ErrorCode SchemaViolation = new(nameof(SchemaViolation), DiagnosticKind.InvalidData, ErrorScope.Validation);
    public static readonly ErrorCode DuplicateKey = new(nameof(DuplicateKey), DiagnosticKind.InvalidData, ErrorScope.Validation);
    public static readonly ErrorCode DuplicateId = new(nameof(DuplicateId), DiagnosticKind.InvalidData, ErrorScope.Validation);
    public static readonly ErrorCode BlocksMismatch = new(nameof(BlocksMismatch), DiagnosticKind.InvalidData, ErrorScope.Validation);
    public static readonly ErrorCode LevelOrder = new(nameof(LevelOrder), DiagnosticKind.InvalidData, ErrorScope.Validation);
    public static readonly ErrorCode LevelContainsDependency = new(nameof(LevelContainsDependency), DiagnosticKind.InvalidData, ErrorScope.Validation);
    public static readonly ErrorCode PathOutsidePlan = new(nameof(PathOutsidePlan), DiagnosticKind.InvalidData, ErrorScope.Both);
    public static readonly ErrorCode MissingFile = new(nameof(MissingFile), DiagnosticKind.InvalidData, ErrorScope.Validation);
    public static readonly ErrorCode LegacyFormat = new(nameof(LegacyFormat), DiagnosticKind.InvalidData, ErrorScope.Validation);
    public static readonly ErrorCode PlanDrift = new(nameof(PlanDrift), DiagnosticKind.InvalidData, ErrorScope.Validation);
    public static readonly ErrorCode StatusDrift = new(nameof(StatusDrift), DiagnosticKind.InvalidData, ErrorScope.Validation);
    public static readonly ErrorCode WriteSetConflict = new(nameof(WriteSetConflict), DiagnosticKind.InvalidData, ErrorScope.Validation);
    public static readonly ErrorCode PlanUnreadable = new(nameof(PlanUnreadable), DiagnosticKind.ReadError, ErrorScope.Validation);
    public static readonly ErrorCode JsonTooDeep = new(nameof(JsonTooDeep), DiagnosticKind.LimitsExceeded, ErrorScope.Validation);
    public static readonly ErrorCode MissingDependencies = new(nameof(MissingDependencies), DiagnosticKind.InvalidData, ErrorScope.Validation);
    public static readonly ErrorCode NumberOutOfRange = new(nameof(NumberOutOfRange), DiagnosticKind.InvalidData, ErrorScope.Validation);
    public static readonly ErrorCode InvalidPlanName = new(nameof(InvalidPlanName), DiagnosticKind.InvalidData, ErrorScope.Both);

    // Test-ParallelJson: the file itself
    public static readonly ErrorCode RegistryIsDirectory = new(nameof(RegistryIsDirectory), DiagnosticKind.InvalidArgument, ErrorScope.Validation);
    public static readonly ErrorCode RegistryNotJson = new(nameof(RegistryNotJson), DiagnosticKind.InvalidData, ErrorScope.Validation);
    public static readonly ErrorCode ComparePlanNotFound = new(nameof(ComparePlanNotFound), DiagnosticKind.NotFound, ErrorScope.Validation);

    // Status
    public static readonly ErrorCode AmbiguousFile = new(nameof(AmbiguousFile), DiagnosticKind.InvalidData, ErrorScope.Cmdlet);
    public static readonly ErrorCode OrphanFile = new(nameof(OrphanFile), DiagnosticKind.InvalidData, ErrorScope.Cmdlet);
    public static readonly ErrorCode ForeignPlanFile = new(nameof(ForeignPlanFile), DiagnosticKind.InvalidData, ErrorScope.Cmdlet);
    public static readonly ErrorCode SharedPlanName = new(nameof(SharedPlanName), DiagnosticKind.InvalidData, ErrorScope.Cmdlet);
    public static readonly ErrorCode CompanionDocument = new(nameof(CompanionDocument), DiagnosticKind.InvalidData, ErrorScope.Cmdlet);
    public static readonly ErrorCode StatusFileUnreadable = new(nameof(StatusFileUnreadable), DiagnosticKind.ReadError, ErrorScope.Cmdlet);
    public static readonly ErrorCode StatusScanTruncated = new(nameof(StatusScanTruncated), DiagnosticKind.LimitsExceeded, ErrorScope.Cmdlet);
    public static readonly ErrorCode SkipReasonMissing = new(nameof(SkipReasonMissing), DiagnosticKind.InvalidArgument, ErrorScope.Cmdlet);
    public static readonly ErrorCode SkipFileExists = new(nameof(SkipFileExists), DiagnosticKind.InvalidOperation, ErrorScope.Cmdlet);
    public static readonly ErrorCode SkipWriteFailed = new(nameof(SkipWriteFailed), DiagnosticKind.InvalidOperation, ErrorScope.Cmdlet);
    public static readonly ErrorCode SkipOfComplete = new(nameof(SkipOfComplete), DiagnosticKind.InvalidOperation, ErrorScope.Cmdlet);

    // Writing registries
    public static readonly ErrorCode RegistryExists = new(nameof(RegistryExists), DiagnosticKind.InvalidOperation, ErrorScope.Cmdlet);
    public static readonly ErrorCode RegistryWriteFailed = new(nameof(RegistryWriteFailed), DiagnosticKind.InvalidOperation, ErrorScope.Cmdlet);
    public static readonly ErrorCode OutputFolderNotFound = new(nameof(OutputFolderNotFound), DiagnosticKind.NotFound, ErrorScope.Cmdlet);
    public static readonly ErrorCode OutputIsDirectory = new(nameof(OutputIsDirectory), DiagnosticKind.InvalidArgument, ErrorScope.Cmdlet);
    public static readonly ErrorCode OutFileForManyPlans = new(nameof(OutFileForManyPlans), DiagnosticKind.InvalidArgument, ErrorScope.Cmdlet);
    public static readonly ErrorCode OutFileNotFileSystem = new(nameof(OutFileNotFileSystem), DiagnosticKind.InvalidArgument, ErrorScope.Cmdlet);
    public static readonly ErrorCode OutFileInvalid = new(nameof(OutFileInvalid), DiagnosticKind.InvalidArgument, ErrorScope.Cmdlet);

    // Measuring
    public static readonly ErrorCode InvalidExecutorCount = new(nameof(InvalidExecutorCount), DiagnosticKind.InvalidArgument, ErrorScope.Cmdlet);
    public static readonly ErrorCode MissingEstimate = new(nameof(MissingEstimate), DiagnosticKind.InvalidData, ErrorScope.Cmdlet);

    // Prompts, scaffolds and undo
    public static readonly ErrorCode PromptTooLarge = new(nameof(PromptTooLarge), DiagnosticKind.LimitsExceeded, ErrorScope.Cmdlet);
    public static readonly ErrorCode SubplanMissing = new(nameof(SubplanMissing), DiagnosticKind.NotFound, ErrorScope.Cmdlet);
    public static readonly ErrorCode NothingToCreate = new(nameof(NothingToCreate), DiagnosticKind.InvalidOperation, ErrorScope.Cmdlet);
    public static readonly ErrorCode ScaffoldNotSupported = new(nameof(ScaffoldNotSupported), DiagnosticKind.InvalidOperation, ErrorScope.Cmdlet);
    public static readonly ErrorCode ScaffoldOutsidePlan = new(nameof(ScaffoldOutsidePlan), DiagnosticKind.InvalidArgument, ErrorScope.Cmdlet);
    public static readonly ErrorCode ScaffoldTargetExists = new(nameof(ScaffoldTargetExists), DiagnosticKind.InvalidOperation, ErrorScope.Cmdlet);
    public static readonly ErrorCode ScaffoldWriteFailed = new(nameof(ScaffoldWriteFailed), DiagnosticKind.InvalidOperation, ErrorScope.Cmdlet);
    public static readonly ErrorCode ScaffoldKeptExisting = new(nameof(ScaffoldKeptExisting), DiagnosticKind.InvalidOperation, ErrorScope.Cmdlet);
    public static readonly ErrorCode BatchNotFound = new(nameof(BatchNotFound), DiagnosticKind.NotFound, ErrorScope.Cmdlet);
    public static readonly ErrorCode NoBatchRecorded = new(nameof(NoBatchRecorded), DiagnosticKind.NotFound, ErrorScope.Cmdlet);
    public static readonly ErrorCode BatchRecordUnreadable = new(nameof(BatchRecordUnreadable), DiagnosticKind.ReadError, ErrorScope.Cmdlet);
    public static readonly ErrorCode BatchFileKept = new(nameof(BatchFileKept), DiagnosticKind.InvalidOperation, ErrorScope.Cmdlet);
    public static readonly ErrorCode BatchInterrupted = new(nameof(BatchInterrupted), DiagnosticKind.InvalidOperation, ErrorScope.Cmdlet);

    // Running
    public static readonly ErrorCode ActionRequired = new(nameof(ActionRequired), DiagnosticKind.InvalidArgument, ErrorScope.Cmdlet);
    public static readonly ErrorCode CleanupNeedsWorktree = new(nameof(CleanupNeedsWorktree), DiagnosticKind.InvalidArgument, ErrorScope.Cmdlet);
    public static readonly ErrorCode GitNotFound = new(nameof(GitNotFound), DiagnosticKind.NotFound, ErrorScope.Cmdlet);
    public static readonly ErrorCode CommandProgramNotFound = new(nameof(CommandProgramNotFound), DiagnosticKind.NotFound, ErrorScope.Cmdlet);
    public static readonly ErrorCode NotAGitRepository = new(nameof(NotAGitRepository), DiagnosticKind.InvalidOperation, ErrorScope.Cmdlet);
    public static readonly ErrorCode WorktreeNotCreated = new(nameof(WorktreeNotCreated), DiagnosticKind.InvalidOperation, ErrorScope.Cmdlet);
    public static readonly ErrorCode WorktreeKept = new(nameof(WorktreeKept), DiagnosticKind.InvalidOperation, ErrorScope.Cmdlet);
    public static readonly ErrorCode MergeNeedsWorktree = new(nameof(MergeNeedsWorktree), DiagnosticKind.InvalidArgument, ErrorScope.Cmdlet);
    public static readonly ErrorCode WorkingTreeDirty = new(nameof(WorkingTreeDirty), DiagnosticKind.InvalidOperation, ErrorScope.Cmdlet);
    public static readonly ErrorCode MergeConflict = new(nameof(MergeConflict), DiagnosticKind.InvalidOperation, ErrorScope.Cmdlet);
    public static readonly ErrorCode MergeFailed = new(nameof(MergeFailed), DiagnosticKind.InvalidOperation, ErrorScope.Cmdlet);
    public static readonly ErrorCode ScopeDrift = new(nameof(ScopeDrift), DiagnosticKind.InvalidOperation, ErrorScope.Cmdlet);
    public static readonly ErrorCode NoPromptForPromptFile = new(nameof(NoPromptForPromptFile), DiagnosticKind.InvalidOperation, ErrorScope.Cmdlet);
    public static readonly ErrorCode AchievementFailed = new(nameof(AchievementFailed), DiagnosticKind.InvalidOperation, ErrorScope.Cmdlet);
    public static readonly ErrorCode NothingToRun = new(nameof(NothingToRun), DiagnosticKind.InvalidOperation, ErrorScope.Cmdlet);
    public static readonly ErrorCode RunFolderNotWritable = new(nameof(RunFolderNotWritable), DiagnosticKind.InvalidOperation, ErrorScope.Cmdlet);

    // Exporting CI workflows and recording their runs (Export-ParallelWorkflow, Save-ParallelRunRecord, -StepSummary)
    public static readonly ErrorCode WorkflowNotInRepository = new(nameof(WorkflowNotInRepository), DiagnosticKind.InvalidOperation, ErrorScope.Cmdlet);
    public static readonly ErrorCode WorkflowOutsideRepository = new(nameof(WorkflowOutsideRepository), DiagnosticKind.InvalidArgument, ErrorScope.Cmdlet);
    public static readonly ErrorCode WorkflowPathNotFileSystem = new(nameof(WorkflowPathNotFileSystem), DiagnosticKind.InvalidArgument, ErrorScope.Cmdlet);
    public static readonly ErrorCode WorkflowExists = new(nameof(WorkflowExists), DiagnosticKind.InvalidOperation, ErrorScope.Cmdlet);
    public static readonly ErrorCode WorkflowNothingToRun = new(nameof(WorkflowNothingToRun), DiagnosticKind.InvalidOperation, ErrorScope.Cmdlet);
    public static readonly ErrorCode RunResultsNotFound = new(nameof(RunResultsNotFound), DiagnosticKind.NotFound, ErrorScope.Cmdlet);
    public static readonly ErrorCode RunResultUnreadable = new(nameof(RunResultUnreadable), DiagnosticKind.ReadError, ErrorScope.Cmdlet);
    public static readonly ErrorCode StepSummaryUnavailable = new(nameof(StepSummaryUnavailable), DiagnosticKind.InvalidOperation, ErrorScope.Cmdlet);

    // The menu
    public static readonly ErrorCode MenuRequiresInteractiveHost = new(nameof(MenuRequiresInteractiveHost), DiagnosticKind.InvalidOperation, ErrorScope.Cmdlet);
    public static readonly ErrorCode MenuNeedsOnePlan = new(nameof(MenuNeedsOnePlan), DiagnosticKind.InvalidArgument, ErrorScope.Cmdlet);

    private static ErrorCode[]? _all;

    /// <summary>Every code, in declaration order.</summary>
    public static IReadOnlyList<ErrorCode> All => _all ??= typeof(ErrorCodes).GetFields()
        .Where(f => f.FieldType == typeof(ErrorCode)).Select(f => (ErrorCode)f.GetValue(null)!).ToArray();
}
