// pwsh's own command line (-NoProfile, -File, -Command, ...), run by the PowerShell SDK.
return Microsoft.PowerShell.UnmanagedPSEntry.Start(args, args.Length);
