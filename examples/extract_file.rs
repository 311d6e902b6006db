//! Extracts the claims of one file and prints how many there are: a small, repeatable
//! workload for profilers (`valgrind --tool=callgrind`).

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let path = std::env::args()
        .nth(1)
        .ok_or("usage: extract_file FILE [REPEAT]")?;
    let repeat: usize = std::env::args().nth(2).map_or(Ok(1), |r| r.parse())?;
    let text = std::fs::read_to_string(path)?.repeat(repeat);
    println!("{} claims", numeric_claims::extract(&text).len());
    Ok(())
}
