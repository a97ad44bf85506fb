using System;
using System.Collections.Generic;
using System.IO;
using System.Text;
using System.Text.RegularExpressions;

namespace ParallelExec.Status;

internal enum StatusFileKind { Subplan, Execution, Approved, Fix, FixResolution, Skipped }
