using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text.RegularExpressions;

namespace ParallelExec.Plans;

internal enum DefinitionKind { Bold, Heading, Numbered }
