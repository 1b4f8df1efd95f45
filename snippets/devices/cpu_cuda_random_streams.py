# snippet: requires=cuda
import torch

torch.manual_seed(0)  # seeds the CPU generator and every CUDA generator
on_cpu = torch.rand(4)

torch.manual_seed(0)
on_gpu = torch.rand(4, device="cuda")  # drawn by the GPU's own generator

print("cpu: ", on_cpu)
print("cuda:", on_gpu.cpu())
print("equal:", torch.equal(on_cpu, on_gpu.cpu()))
