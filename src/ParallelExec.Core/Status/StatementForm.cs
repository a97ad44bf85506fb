namespace ParallelExec.Status;

/// <summary>How a SUBPLAN or EXECUTION_TASK states its status (see docs/reference/status.md, "What a file says").</summary>
internal enum StatementForm
{
    /// <summary><c>**Status**: …</c> (also <c>**Final Status**:</c>, <c>**Overall Status**:</c>, <c>**Execution Status**:</c>).</summary>
    StatusLine,
    /// <summary><c>**Execution Result**: ✅ Success</c> (also <c>**Final Result**:</c>).</summary>
    ResultLine,
    /// <summary><c>**Achievement 0.1**: ✅ **COMPLETE**</c>, naming the file's own achievement.</summary>
    AchievementLine,
    /// <summary>A heading that is itself a claim: <c>## ✅ Achievement Complete</c>, <c>## 🎉 Achievement 2.1 - COMPLETE</c>, <c>## ✅ Completion</c>.</summary>
    Heading,
}
