import Glibc

// libFuzzer's driver, from libclang_rt.fuzzer_no_main (linked by `make fuzz`). SwiftPM names an
// executable's entry point after its module and aliases `main` to it, which collides with the
// `main` of the ordinary libFuzzer runtime (`-sanitize=fuzzer`); this `main` starts the driver
// itself. One binary serves every target: `CITECHECK_FUZZ_TARGET` names the one it drives.
@_silgen_name("LLVMFuzzerRunDriver")
func LLVMFuzzerRunDriver(_ argc: UnsafeMutablePointer<CInt>,
                         _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>,
                         _ testOneInput: @convention(c) (UnsafePointer<UInt8>?, Int) -> CInt) -> CInt

let target = FuzzTargets.selected
var argc = CommandLine.argc
var argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? = CommandLine.unsafeArgv
exit(LLVMFuzzerRunDriver(&argc, &argv) { data, size in
    FuzzTargets.selected.run(data.map { Array(UnsafeBufferPointer(start: $0, count: size)) } ?? [])
    return 0
})
