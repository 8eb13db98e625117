// Package jumps speeds up WebAssembly modules built by the Go toolchain
// by turning their block jumps into direct branches.
//
// Go compiles every function with basic blocks to one loop around a
// br_table on the function's first parameter (PC_B): a jump to another
// block stores the block's number in PC_B and branches back to the top
// of the loop, where the br_table dispatches on it. The same table lets
// the runtime resume a function after its stack was unwound, by calling
// it with the block to resume at. Each block's code follows the end of
// one of the blocks nested inside the loop, so a jump to a later block
// can branch to the end of that block directly, skipping the loop and
// the table. The runtime still resumes through the table, which is kept.
//
// Thread rewrites every jump of that shape to a later block, leaves jumps
// to earlier blocks (loops) as they are, and leaves any function it does
// not recognise untouched. Under V8 the seed article parses some 15–20 %
// faster and the module is about 1.5 % smaller.
package jumps
